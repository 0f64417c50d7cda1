import { Alert, Anchor, Button, Checkbox, Fieldset, Group, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CONSENT_MESSAGE, passReferralInputSchema } from '@principle-six/schema';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../lib/errors';
import { applyServerErrors, type ServerErrors } from '../../lib/form-errors';
import type { PickedCoop } from './CoopPicker';
import { fieldProps } from './field-props';
import { KindChoice } from './KindChoice';
import { MoneyFields } from './MoneyFields';
import { ProspectFields } from './ProspectFields';
import { ReceiverField } from './ReceiverField';
import { kindFor, toPassReferralInput, type ReferralFormValues, type ReferralNeed } from './referral-form-values';
import { WarmthChoice } from './WarmthChoice';

const resolver = zod4Resolver(passReferralInputSchema);

/** Inputs by the names the API's field paths use; needId, say, has none and is reported above the form. */
const SHOWN_FIELDS = [
  'fromCoopId',
  'toCoopId',
  'kind',
  'what',
  'prospect.name',
  'prospect.organisation',
  'prospect.email',
  'prospect.phone',
  'prospectKnows',
  'warmth',
  'estimatedValue.amount',
  'estimatedValue.currency',
  'note',
];

/**
 * Passing a referral: from which of the person's co-ops to which other co-op, what kind, who the
 * prospect is and how warm the introduction. Checked with the API's own schema before sending;
 * what the server still refuses is put beside its field. Consent is never assumed: the submit
 * button stays enabled so that a missing tick is explained rather than silently blocked.
 */
export function ReferralForm(props: {
  giverCoops: readonly { id: string; name: string }[];
  initialValues: ReferralFormValues;
  receiver: PickedCoop | null;
  need: ReferralNeed | null;
  onSubmit: (values: ReferralFormValues) => Promise<ServerErrors>;
  onCancel: () => void;
}) {
  const { need } = props;
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [receiver, setReceiver] = useState<PickedCoop | null>(props.receiver);
  const form = useForm<ReferralFormValues>({
    mode: 'controlled',
    initialValues: props.initialValues,
    validate: (values) => resolver(toPassReferralInput(values, need) as unknown as Record<string, unknown>),
    validateInputOnBlur: true,
  });
  const field = fieldProps(form);
  const kind = kindFor(form.values, need);

  const handleSubmit = form.onSubmit(
    async (values) => {
      setGeneralError(null);
      setSubmitting(true);
      try {
        const errors = await props.onSubmit(values);
        if (errors.length) setGeneralError(applyServerErrors(form, errors, SHOWN_FIELDS)[0] ?? 'Please check the highlighted fields.');
      } catch (error) {
        setGeneralError(describeError(error));
      } finally {
        setSubmitting(false);
      }
    },
    () => setGeneralError('Please check the highlighted fields.'),
  );

  const consentError = form.errors.prospectKnows;
  const receiverName = receiver?.name ?? 'the co-op you refer';

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="lg">
        {generalError && (
          <Alert color="red" role="alert">
            {generalError}
          </Alert>
        )}
        {need && (
          <Alert color="blue" variant="light" title="For a need">
            <Anchor component={Link} to={`/needs/${need.id}`}>
              {need.title}
            </Anchor>
            , posted by {kind === 'INTERNAL' ? 'your co-op' : `${need.coop.name}. They hear that you recommended someone`}.
          </Alert>
        )}
        <Fieldset legend="From whom to whom">
          <Stack>
            <Select
              label="From your co-op"
              required
              allowDeselect={false}
              data={props.giverCoops.map((c) => ({ value: c.id, label: c.name }))}
              {...field('fromCoopId')}
            />
            <ReceiverField
              prefilled={props.receiver}
              value={form.values.toCoopId}
              error={form.errors.toCoopId}
              exclude={[form.values.fromCoopId, ...(need ? [need.coop.id] : [])]}
              onChange={(id) => form.setFieldValue('toCoopId', id)}
              onPick={setReceiver}
            />
            <KindChoice
              value={kind}
              onChange={(value) => form.setFieldValue('kind', value)}
              error={form.errors.kind}
              fixedBecause={
                need
                  ? kind === 'INTERNAL'
                    ? 'Internal: the need is your co-op’s own.'
                    : 'External: the need’s co-op is the buyer.'
                  : undefined
              }
            />
          </Stack>
        </Fieldset>
        <Fieldset legend="The prospect">
          <Stack>
            <ProspectFields field={field} internal={kind === 'INTERNAL'} />
            <Checkbox
              label={`They know ${receiverName} will contact them`}
              description={consentError ? undefined : CONSENT_MESSAGE}
              aria-invalid={!!consentError}
              {...form.getInputProps('prospectKnows', { type: 'checkbox' })}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend="How warm">
          <WarmthChoice
            value={form.values.warmth}
            onChange={(value) => form.setFieldValue('warmth', value)}
            error={form.errors.warmth}
          />
        </Fieldset>
        <Fieldset legend="Optional">
          <Stack>
            <MoneyFields field={field} path="estimatedValue" amountLabel="Estimated value" />
            <Textarea
              label="Note for the receiver"
              description="Anything that helps: how you know them, what to mention, what to avoid."
              autosize
              minRows={2}
              {...field('note')}
            />
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting} size="md">
            Pass referral
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
