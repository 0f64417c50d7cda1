import { Alert, Anchor, Button, Checkbox, Fieldset, Group, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { passReferralInputSchema } from '@principle-six/schema';
import type { TFunction } from 'i18next';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReferralKind } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { useFocusProblem } from '../../lib/focus-problem';
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
 * The consent box in the words of each side: the prospect's, or the giver's own co-op's when it is
 * the buyer. The external help is the schema's CONSENT_MESSAGE, translated.
 */
function consentWords(t: TFunction<'referrals'>, kind: ReferralKind, receiver: string) {
  const side = kind === 'INTERNAL' ? 'internal' : 'external';
  return {
    label: t(`form.consent.${side}.label`, { receiver }),
    help: t(`form.consent.${side}.help`),
    instruction: t(`form.consent.${side}.instruction`, { receiver }),
  };
}

/**
 * Passing a referral: from which of the person's co-ops to which other co-op, what kind, who the
 * prospect is and how warm the introduction. Checked with the API's own schema on submit (not on
 * blur: an error appearing above the warmth choice would move it from under a click); what the
 * server still refuses is put beside its field, and the first problem is brought into view. Consent
 * is never assumed: the submit button stays enabled so that a missing tick is explained rather
 * than silently blocked.
 */
export function ReferralForm(props: {
  giverCoops: readonly { id: string; name: string }[];
  initialValues: ReferralFormValues;
  receiver: PickedCoop | null;
  need: ReferralNeed | null;
  /** Co-ops that cannot receive it: the person's own (the API refuses them) and the need's. */
  excludeReceivers: readonly string[];
  /** The person passing it, who is the contact when their own co-op is the buyer (internal). */
  viewerContact: { name: string; email: string };
  onSubmit: (values: ReferralFormValues) => Promise<ServerErrors>;
  onCancel: () => void;
}) {
  const { need } = props;
  const { t } = useTranslation('referrals');
  const checkFields = t('form.checkFields');
  const [generalError, setGeneralError] = useState<{ text: string; point: boolean } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [receiver, setReceiver] = useState<PickedCoop | null>(props.receiver);
  const { ref, focusProblem } = useFocusProblem<HTMLFormElement>();
  const form = useForm<ReferralFormValues>({
    mode: 'controlled',
    initialValues: props.initialValues,
    validate: (values) => resolver(toPassReferralInput(values, need) as unknown as Record<string, unknown>),
  });
  const field = fieldProps(form);
  const kind = kindFor(form.values, need);

  const coopName = (id: string) => props.giverCoops.find((c) => c.id === id)?.name ?? '';

  /** When the kind turns internal the contact is the person passing it, at their co-op; and back. */
  const fitProspect = (before: ReferralKind, after: ReferralKind, fromCoopId: string, previousFrom: string) => {
    const p = form.values.prospect;
    const own = props.viewerContact;
    // What was said about the fields filled in or emptied here no longer holds.
    const clearErrors = () => ['prospect.name', 'prospect.email', 'prospect.organisation'].forEach((path) => form.clearFieldError(path));
    if (after === 'INTERNAL' && before !== 'INTERNAL') {
      clearErrors();
      form.setFieldValue('prospect', {
        ...p,
        name: p.name || own.name,
        email: p.email || own.email,
        organisation: !p.organisation || p.organisation === need?.coop.name ? coopName(fromCoopId) : p.organisation,
      });
    } else if (before === 'INTERNAL' && after !== 'INTERNAL') {
      clearErrors();
      form.setFieldValue('prospect', {
        ...p,
        name: p.name === own.name ? '' : p.name,
        email: p.email === own.email ? '' : p.email,
        organisation: p.organisation === coopName(previousFrom) ? (need?.coop.name ?? '') : p.organisation,
      });
    } else if (after === 'INTERNAL' && p.organisation === coopName(previousFrom)) {
      form.setFieldValue('prospect.organisation', coopName(fromCoopId));
    }
  };

  const fromProps = field('fromCoopId');
  const changeFrom = (id: string | null) => {
    const previousFrom = form.values.fromCoopId;
    const before = kindFor(form.values, need);
    form.setFieldValue('fromCoopId', id ?? '');
    fitProspect(before, kindFor({ ...form.values, fromCoopId: id ?? '' }, need), id ?? '', previousFrom);
  };
  const changeKind = (next: ReferralKind) => {
    const before = kindFor(form.values, need);
    form.setFieldValue('kind', next);
    fitProspect(before, next, form.values.fromCoopId, form.values.fromCoopId);
  };

  const handleSubmit = form.onSubmit(
    async (values) => {
      setGeneralError(null);
      setSubmitting(true);
      try {
        const errors = await props.onSubmit(values);
        if (errors.length) {
          const general = applyServerErrors(form, errors, SHOWN_FIELDS)[0];
          setGeneralError(general ? { text: general, point: true } : { text: checkFields, point: false });
          focusProblem();
        }
      } catch (error) {
        setGeneralError({ text: describeError(error), point: true });
        focusProblem();
      } finally {
        setSubmitting(false);
      }
    },
    () => {
      setGeneralError({ text: checkFields, point: false });
      focusProblem();
    },
  );

  const receiverName = receiver?.name ?? t('form.receiver.unnamed');
  const consent = consentWords(t, kind, receiverName);
  // The schema's message is the API's; beside the box it reads as what to do about it.
  const consentError = form.errors.prospectKnows ? consent.instruction : null;

  return (
    <form ref={ref} onSubmit={handleSubmit} noValidate>
      <Stack gap="lg">
        {generalError && (
          <Alert color="red" role="alert" tabIndex={-1} data-problem-alert={generalError.point || undefined}>
            {generalError.text}
          </Alert>
        )}
        {need && (
          <Alert color="blue" variant="light" title={t('form.need.title')}>
            <Trans
              t={t}
              i18nKey={kind === 'INTERNAL' ? 'form.need.internal' : 'form.need.external'}
              values={{ title: need.title, coop: need.coop.name }}
              components={{ to: <Anchor component={Link} to={`/needs/${need.id}`} /> }}
            />
          </Alert>
        )}
        <Fieldset legend={t('form.legend.parties')}>
          <Stack>
            <Select
              label={t('form.from')}
              required
              allowDeselect={false}
              data={props.giverCoops.map((c) => ({ value: c.id, label: c.name }))}
              {...fromProps}
              onChange={changeFrom}
            />
            <ReceiverField
              prefilled={props.receiver}
              value={form.values.toCoopId}
              error={form.errors.toCoopId}
              exclude={[form.values.fromCoopId, ...props.excludeReceivers]}
              onChange={(id) => form.setFieldValue('toCoopId', id)}
              onPick={setReceiver}
            />
            <KindChoice
              value={kind}
              onChange={changeKind}
              error={form.errors.kind}
              fixedBecause={
                need
                  ? kind === 'INTERNAL'
                    ? t('form.kindFixed.internal')
                    : t('form.kindFixed.external')
                  : undefined
              }
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={kind === 'INTERNAL' ? t('form.legend.buyer') : t('form.legend.prospect')}>
          <Stack>
            <ProspectFields field={field} kind={kind} receiverName={receiverName} fromNeed={!!need && kind !== 'INTERNAL'} />
            <Checkbox
              {...form.getInputProps('prospectKnows', { type: 'checkbox' })}
              label={consent.label}
              description={consentError ? undefined : consent.help}
              error={consentError}
              aria-invalid={consentError ? true : undefined}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('form.legend.warmth')}>
          <WarmthChoice
            value={form.values.warmth}
            onChange={(value) => form.setFieldValue('warmth', value)}
            kind={kind}
            receiverName={receiverName}
            error={form.errors.warmth}
          />
        </Fieldset>
        <Fieldset legend={t('form.legend.optional')}>
          <Stack>
            <MoneyFields field={field} path="estimatedValue" amountLabel={t('form.estimatedValue')} />
            <Textarea
              label={t('form.note.label')}
              description={t('form.note.description')}
              autosize
              minRows={2}
              {...field('note')}
            />
          </Stack>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={submitting} size="md">
            {t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
