import { Alert, Button, Fieldset, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { coopInputSchema, MAX_CATEGORIES } from '@principle-six/schema';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { useScrollToHash } from '../../lib/useScrollToHash';
import { describeError } from '../../lib/errors';
import { applyServerErrors } from '../../lib/form-errors';
import { PitchLength } from '../pitch/PitchLength';
import { CATEGORY_OPTIONS, coopTypeOptions, countryOptions } from './options';

export type CoopFormValues = {
  name: string;
  placeName: string;
  countryCode: string;
  postcode: string;
  address: string;
  provides: string;
  categoryCodes: string[];
  whyBuy: string;
  wantToTalkTo: string;
  coopType: string;
  website: string;
  contactEmail: string;
  contactPhone: string;
  memberNotes: string;
};

export const EMPTY_COOP_FORM: CoopFormValues = {
  name: '',
  placeName: '',
  countryCode: 'GB',
  postcode: '',
  address: '',
  provides: '',
  categoryCodes: [],
  whyBuy: '',
  wantToTalkTo: '',
  coopType: '',
  website: '',
  contactEmail: '',
  contactPhone: '',
  memberNotes: '',
};

type ServerErrors = readonly { field?: string | null; message: string }[];

/**
 * The pitch profile form. It checks input with the same zod schema as the API, so most mistakes
 * are caught before sending; whatever the server still refuses is shown beside its field.
 */
export function CoopForm(props: {
  initialValues: CoopFormValues;
  submitLabel: string;
  onSubmit: (values: CoopFormValues) => Promise<ServerErrors>;
}) {
  // Every namespace this page's parts use, loaded together: one wait, not a page that flashes
  // back to its loader when a part from another feature first draws.
  useTranslation(['coops', 'pitch']);
  const { t } = useTranslation('coops');
  const { locale } = useFormat();
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // The five answers a pitch is read from, kept as they are typed for the read-aloud estimate
  // (the form itself is uncontrolled, so other fields do not re-render it).
  const [answers, setAnswers] = useState(() => pitchAnswers(props.initialValues));
  const form = useForm<CoopFormValues>({
    mode: 'uncontrolled',
    initialValues: props.initialValues,
    onValuesChange: (values) => setAnswers((before) => {
      const next = pitchAnswers(values);
      return JSON.stringify(next) === JSON.stringify(before) ? before : next;
    }),
    validate: zod4Resolver(coopInputSchema),
    validateInputOnBlur: true,
  });

  const handleSubmit = form.onSubmit(
    async (values) => {
      setGeneralError(null);
      setSubmitting(true);
      try {
        const errors = await props.onSubmit(values);
        if (errors.length) setGeneralError(applyServerErrors(form, errors)[0] ?? t('form.checkFields'));
      } catch (error) {
        setGeneralError(describeError(error));
      } finally {
        setSubmitting(false);
      }
    },
    () => setGeneralError(t('form.checkFields')),
  );

  const field = (name: keyof CoopFormValues) => ({ ...form.getInputProps(name), key: form.key(name), id: `coop-${name}` });
  // A link to one answer (the pitch card's "Write it": /edit#coop-whyBuy) starts the person there.
  const { hash } = useLocation();
  useScrollToHash(hash.slice(1), hash.startsWith('#coop-'));

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="lg">
        {generalError && (
          <Alert color="red" role="alert">
            {generalError}
          </Alert>
        )}
        <Fieldset legend={t('form.whoAndWhere')}>
          <Stack>
            <TextInput label={t('form.name')} required {...field('name')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('form.placeName')} required {...field('placeName')} />
              <Select label={t('form.country')} required searchable data={countryOptions(locale)} allowDeselect={false} {...field('countryCode')} />
              <TextInput label={t('form.postcode')} description={t('form.optional')} {...field('postcode')} />
              <TextInput label={t('form.address')} description={t('form.optional')} {...field('address')} />
            </SimpleGrid>
            <Select label={t('form.coopType')} required data={coopTypeOptions(t)} placeholder={t('form.chooseOne')} {...field('coopType')} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('form.yourPitch')}>
          <Stack>
            <Textarea
              label={t('form.provides')}
              required
              autosize
              minRows={3}
              description={t('form.providesHelp')}
              {...field('provides')}
            />
            <MultiSelect
              label={t('form.categories')}
              description={t('form.categoriesHelp', { max: MAX_CATEGORIES })}
              required
              searchable
              data={CATEGORY_OPTIONS}
              maxValues={MAX_CATEGORIES}
              nothingFoundMessage={t('form.noCategory')}
              {...field('categoryCodes')}
            />
            <Textarea
              label={t('form.whyBuy')}
              description={t('form.whyBuyHelp')}
              required
              autosize
              minRows={2}
              {...field('whyBuy')}
            />
            <Textarea
              label={t('form.wantToTalkTo')}
              description={t('form.wantToTalkToHelp')}
              required
              autosize
              minRows={2}
              {...field('wantToTalkTo')}
            />
            <PitchLength answers={answers} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('form.publicContact')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('form.website')} placeholder={t('form.websitePlaceholder')} {...field('website')} />
            <TextInput label={t('form.email')} type="email" {...field('contactEmail')} />
            <TextInput label={t('form.phone')} type="tel" {...field('contactPhone')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('form.membersOnly')}>
          <Textarea label={t('form.memberNotes')} description={t('form.memberNotesHelp')} autosize minRows={2} {...field('memberNotes')} />
        </Fieldset>
        <Group justify="flex-end">
          <Button type="submit" loading={submitting} size="md">
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function pitchAnswers(values: CoopFormValues) {
  return { name: values.name, placeName: values.placeName, provides: values.provides, whyBuy: values.whyBuy, wantToTalkTo: values.wantToTalkTo };
}
