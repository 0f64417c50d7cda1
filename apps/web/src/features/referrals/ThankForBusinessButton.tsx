import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { thankForBusinessInputSchema } from '@principle-six/schema';
import { IconHeartHandshake } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThankForBusinessInput } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { useFocusProblem } from '../../lib/focus-problem';
import { applyServerErrors } from '../../lib/form-errors';
import { useIdempotencyKey } from '../postings/useIdempotencyKey';
import { CoopPicker, type PickedCoop } from './CoopPicker';
import { fieldProps } from './field-props';
import { ThankForBusinessMutation } from './graphql';
import { MoneyFields } from './MoneyFields';

interface Values {
  toCoopId: string;
  value: { amount: number | ''; currency: string };
  note: string;
}

const resolver = zod4Resolver(thankForBusinessInputSchema);

function toInput(fromCoopId: string, v: Values): ThankForBusinessInput {
  return {
    fromCoopId,
    toCoopId: v.toCoopId,
    // '' is left out so the schema says "enter the amount" rather than "not a number".
    value: { amount: v.value.amount === '' ? (undefined as unknown as number) : v.value.amount, currency: v.value.currency },
    note: v.note.trim() || null,
  };
}

/**
 * "Thank you for closed business" for business done with another co-op without a referral here:
 * it credits them with the value on their referral record and tells them.
 */
export function ThankForBusinessButton({ coop }: { coop: { id: string; name: string } }) {
  const { t } = useTranslation('referrals');
  const [opened, { open, close }] = useDisclosure(false);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [thanked, setThanked] = useState<PickedCoop | null>(null);
  const [thank] = useMutation(ThankForBusinessMutation, { refetchQueries: ['BusinessThanksList', 'CoopReferralLedger'] });
  const idempotencyKey = useIdempotencyKey();
  const { ref, focusProblem } = useFocusProblem<HTMLFormElement>();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { toCoopId: '', value: { amount: '', currency: 'GBP' }, note: '' },
    validate: (values) => resolver(toInput(coop.id, values) as unknown as Record<string, unknown>),
  });
  const field = fieldProps(form);

  const submit = form.onSubmit(
    async (values) => {
      setGeneralError(null);
      try {
        const input = toInput(coop.id, values);
        const { data } = await thank({ variables: { input, idempotencyKey: idempotencyKey(input) } });
        const result = data?.thankForBusiness;
        if (result?.thanks) {
          notifications.show({ color: 'teal', message: t('thankForBusiness.sent', { coop: result.thanks.to.name }) });
          form.reset();
          close();
        } else {
          setGeneralError(applyServerErrors(form, result?.errors ?? [], ['toCoopId', 'value.amount', 'value.currency', 'note'])[0] ?? null);
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
    <>
      <Button variant="light" leftSection={<IconHeartHandshake size={16} />} onClick={open}>
        {t('thankForBusiness.title')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('thankForBusiness.title')}>
        <form ref={ref} onSubmit={submit} noValidate>
          <Stack>
            {generalError && (
              <Alert color="red" role="alert" tabIndex={-1} data-problem-alert>
                {generalError}
              </Alert>
            )}
            <Text size="sm">{t('thankForBusiness.intro', { coop: coop.name })}</Text>
            <CoopPicker
              label={t('thankForBusiness.coop')}
              placeholder={t('picker.placeholder')}
              required
              exclude={[coop.id]}
              value={form.values.toCoopId}
              error={form.errors.toCoopId}
              onChange={(id) => form.setFieldValue('toCoopId', id)}
              onPick={setThanked}
            />
            <MoneyFields field={field} path="value" amountLabel={t('thankForBusiness.value')} required />
            <Textarea
              label={t('thankForBusiness.note')}
              description={thanked ? t('thankForBusiness.noteSeenBy', { coop: thanked.name }) : t('thankForBusiness.noteSeen')}
              autosize
              minRows={2}
              {...field('note')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('thankForBusiness.cancel')}
              </Button>
              <Button type="submit" loading={form.submitting}>
                {t('thankForBusiness.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
