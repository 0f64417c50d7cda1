import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { closingReasonSchema, moneyInputSchema } from '@principle-six/schema';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
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

const COPY: Record<MoveWithDetails, { title: string; submit: string; reason?: { label: string; description: string; required: boolean } }> = {
  DECLINED: {
    title: 'Decline this referral',
    submit: 'Decline',
    reason: { label: 'Why are you declining it?', description: 'The co-op that passed it learns from this.', required: true },
  },
  WITHDRAWN: {
    title: 'Withdraw this referral',
    submit: 'Withdraw',
    reason: { label: 'Why? (optional)', description: 'The receiver sees this.', required: false },
  },
  WON: { title: 'Mark it won', submit: 'Mark won' },
  LOST: {
    title: 'Mark it lost',
    submit: 'Mark lost',
    reason: { label: 'Why was it lost?', description: 'Price, timing, fit… It helps both co-ops next time.', required: true },
  },
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
  const copy = COPY[props.stage];
  const [generalError, setGeneralError] = useState<string | null>(null);
  const { ref, focusProblem } = useFocusProblem<HTMLFormElement>();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { reason: '', value: { amount: '', currency: 'GBP' } },
    validate: (values) => {
      if (props.stage === 'WON') {
        return wonResolver({ value: { amount: values.value.amount === '' ? undefined : values.value.amount, currency: values.value.currency } });
      }
      if (copy.reason?.required && !values.reason.trim()) return { reason: 'Say why, in a few words.' };
      return reasonResolver({ reason: values.reason });
    },
  });
  const field = fieldProps(form);

  const submit = form.onSubmit(
    async (values) => {
      setGeneralError(null);
      try {
        const errors = await props.onMove({
          reason: copy.reason ? values.reason.trim() || null : null,
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
    <Modal opened onClose={props.onClose} title={copy.title}>
      <form ref={ref} onSubmit={submit} noValidate>
        <Stack>
          {generalError && (
            <Alert color="red" role="alert" tabIndex={-1} data-problem-alert>
              {generalError}
            </Alert>
          )}
          {props.stage === 'WON' ? (
            <>
              <Text size="sm">
                Winning thanks {props.giverName} for the business: the amount is credited to them on their referral record.
              </Text>
              <MoneyFields field={field} path="value" amountLabel="Amount won" required autoFocus />
            </>
          ) : (
            copy.reason && (
              <Textarea
                label={copy.reason.label}
                description={copy.reason.description}
                required={copy.reason.required}
                autosize
                minRows={3}
                data-autofocus
                {...field('reason')}
              />
            )
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              {copy.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
