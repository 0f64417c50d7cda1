import { Alert, Button, Fieldset, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { coopInputSchema, MAX_CATEGORIES } from '@principle-six/schema';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { useScrollToHash } from '../../lib/useScrollToHash';
import { describeError } from '../../lib/errors';
import { applyServerErrors } from '../../lib/form-errors';
import { PitchLength } from '../pitch/PitchLength';
import { CATEGORY_OPTIONS, COOP_TYPE_OPTIONS, COUNTRY_OPTIONS } from './options';

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
        if (errors.length) setGeneralError(applyServerErrors(form, errors)[0] ?? 'Please check the highlighted fields.');
      } catch (error) {
        setGeneralError(describeError(error));
      } finally {
        setSubmitting(false);
      }
    },
    () => setGeneralError('Please check the highlighted fields.'),
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
        <Fieldset legend="Who and where">
          <Stack>
            <TextInput label="Co-op name" required {...field('name')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="Town or city" required {...field('placeName')} />
              <Select label="Country" required searchable data={COUNTRY_OPTIONS} allowDeselect={false} {...field('countryCode')} />
              <TextInput label="Postcode" description="Optional" {...field('postcode')} />
              <TextInput label="Address" description="Optional" {...field('address')} />
            </SimpleGrid>
            <Select label="Kind of co-op" required data={COOP_TYPE_OPTIONS} placeholder="Choose one" {...field('coopType')} />
          </Stack>
        </Fieldset>
        <Fieldset legend="Your pitch">
          <Stack>
            <Textarea
              label="What you provide"
              required
              autosize
              minRows={3}
              description="In a sentence or two: the goods or services people can buy from you."
              {...field('provides')}
            />
            <MultiSelect
              label="Categories"
              description={`Up to ${MAX_CATEGORIES}, from UK SIC 2007. Type to search.`}
              required
              searchable
              data={CATEGORY_OPTIONS}
              maxValues={MAX_CATEGORIES}
              nothingFoundMessage="No category matches that"
              {...field('categoryCodes')}
            />
            <Textarea
              label="Why people should buy from you"
              description="What sets you apart: quality, price, ethics, being a co-op. One or two reasons people remember."
              required
              autosize
              minRows={2}
              {...field('whyBuy')}
            />
            <Textarea
              label="Who you want to talk to"
              description="Be specific, so people think of someone: “housing co-ops planning a refurbishment”, not “anyone”."
              required
              autosize
              minRows={2}
              {...field('wantToTalkTo')}
            />
            <PitchLength answers={answers} />
          </Stack>
        </Fieldset>
        <Fieldset legend="Public contact">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Website" placeholder="https://example.coop" {...field('website')} />
            <TextInput label="Email" type="email" {...field('contactEmail')} />
            <TextInput label="Phone" type="tel" {...field('contactPhone')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="For members only">
          <Textarea label="Notes for members" description="Only your co-op's members see these." autosize minRows={2} {...field('memberNotes')} />
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
