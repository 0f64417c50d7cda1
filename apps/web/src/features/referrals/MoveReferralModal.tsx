import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { closingReasonSchema, moneyInputSchema } from '@principle-six/schema';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { MoneyInput, ReferralStage } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { useFocusProblem } from '../../lib/focus-problem';
import { applyServerErrors, type ServerErrors } from '../../lib/form-errors';
import { fieldProps } from './field-props';
import { MoneyFields } from './MoneyFields';

/** The moves that ask for something: a reason to decline, withdraw or lose, a value to win. */
export type MoveWithDetails = Extract<ReferralStage, 'DECLINED' | 'WITHDRAWN' | 'WON' | 'LOST'>;

export const MOVES_WITH_DETAILS: readonly ReferralStage[] = ['DECLINED', 'WITHDRAWN', 'WON', 'LOST'];

/** Which moves ask for a reason, and whether it must be given; the words are `moveModal.<STAGE>`. */
const REASON_REQUIRED: Record<Exclude<MoveWithDetails, 'WON'>, boolean> = {
  DECLINED: true,
  WITHDRAWN: false,
  LOST: true,
};

interface Values {
  reason: string;
  value: { amount: number | ''; currency: string };
}

export interface MoveDetails {
  reason: string | null;
  value: MoneyInput | null;
}

const wonResolver = zod4Resolver(z.object({ value: moneyInputSchema }));
const reasonResolver = zod4Resolver(z.object({ reason: closingReasonSchema }));

/** Asks for what the move needs, then makes it; the server's refusals stay in the dialog. */
export function MoveReferralModal(props: {
  stage: MoveWithDetails;
  giverName: string;
  onClose: () => void;
  onMove: (details: MoveDetails) => Promise<ServerErrors>;
}) {
  const { t } = useTranslation('referrals');
  // The moves other than winning ask for a reason (WON asks for the value instead).
  const reasonStage = props.stage === 'WON' ? null : props.stage;
  const reasonRequired = reasonStage ? REASON_REQUIRED[reasonStage] : false;
  const [generalError, setGeneralError] = useState<string | null>(null);
  const { ref, focusProblem } = useFocusProblem<HTMLFormElement>();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { reason: '', value: { amount: '', currency: 'GBP' } },
    validate: (values) => {
      if (props.stage === 'WON') {
        return wonResolver({ value: { amount: values.value.amount === '' ? undefined : values.value.amount, currency: values.value.currency } });
      }
      if (reasonRequired && !values.reason.trim()) return { reason: t('moveModal.sayWhy') };
      return reasonResolver({ reason: values.reason });
    },
  });
  const field = fieldProps(form);

  const submit = form.onSubmit(
    async (values) => {
      setGeneralError(null);
      try {
        const errors = await props.onMove({
          reason: reasonStage ? values.reason.trim() || null : null,
          value: props.stage === 'WON' && values.value.amount !== '' ? { amount: values.value.amount, currency: values.value.currency.trim().toUpperCase() } : null,
        });
        const shown = props.stage === 'WON' ? ['value.amount', 'value.currency'] : ['reason'];
        if (errors.length) {
          setGeneralError(applyServerErrors(form, errors, shown)[0] ?? null);
          focusProblem();
        }
      } catch (error) {
        setGeneralError(describeError(error));
        focusProblem();
      }
    },
    focusProblem,
  );

  return (
    <Modal opened onClose={props.onClose} title={t(`moveModal.${props.stage}.title`)}>
      <form ref={ref} onSubmit={submit} noValidate>
        <Stack>
          {generalError && (
            <Alert color="red" role="alert" tabIndex={-1} data-problem-alert>
              {generalError}
            </Alert>
          )}
          {props.stage === 'WON' ? (
            <>
              <Text size="sm">{t('moveModal.WON.explanation', { giver: props.giverName })}</Text>
              <MoneyFields field={field} path="value" amountLabel={t('moveModal.WON.amount')} required autoFocus />
            </>
          ) : (
            reasonStage && (
              <Textarea
                label={t(`moveModal.${reasonStage}.reason`)}
                description={t(`moveModal.${reasonStage}.reasonHelp`)}
                required={reasonRequired}
                autosize
                minRows={3}
                data-autofocus
                {...field('reason')}
              />
            )
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('moveModal.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t(`moveModal.${props.stage}.submit`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
