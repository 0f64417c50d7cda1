import { Alert, Button, Checkbox, Fieldset, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { MAX_POSTING_CATEGORIES, MAX_RADIUS_KM } from '@principle-six/schema';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState, type ReactNode } from 'react';
import type { $ZodType } from 'zod/v4/core';
import { describeError } from '../../lib/errors';
import { applyServerErrors, type ServerErrors } from '../../lib/form-errors';
import { CATEGORY_OPTIONS, COUNTRY_OPTIONS } from '../coops/options';
import { dayInput, type AreaFormValues } from './posting-form-values';

interface CommonValues {
  title: string;
  description: string;
  categoryCodes: string[];
  area: AreaFormValues;
  expiresAt: string;
}

export type FieldProps = (name: string) => ReturnType<UseFormReturnType<CommonValues>['getInputProps']> & { key: string };

/**
 * The form for a need or an offer: what, which categories, where and until when, plus the fields
 * only one of them has (`extraFields`). It checks what the API will receive with the API's own
 * zod schema, so most mistakes are shown before sending; whatever the server still refuses is
 * put beside its field by path (area.placeName and so on).
 */
export function PostingForm<T extends CommonValues>(props: {
  what: 'need' | 'offer';
  initialValues: T;
  schema: $ZodType;
  toInput: (values: T) => object;
  submitLabel: string;
  onSubmit: (values: T) => Promise<ServerErrors>;
  extraFields?: (field: FieldProps) => ReactNode;
  onCancel?: () => void;
}) {
  const { schema, toInput } = props;
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const resolver = useMemo(() => zod4Resolver(schema), [schema]);
  const form = useForm<T>({
    mode: 'controlled',
    initialValues: props.initialValues,
    validate: (values) => resolver(toInput(values) as Record<string, unknown>),
    validateInputOnBlur: true,
  });
  const anywhere = form.values.area.anywhere;

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

  const field: FieldProps = (name) => ({ ...form.getInputProps(name), key: form.key(name) });
  const today = dayInput(new Date());

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="lg">
        {generalError && (
          <Alert color="red" role="alert">
            {generalError}
          </Alert>
        )}
        <Fieldset legend={props.what === 'need' ? 'What you are looking for' : 'What you offer'}>
          <Stack>
            <TextInput label="Title" required description="One line people will scan in a list." {...field('title')} />
            <Textarea
              label="Description"
              required
              autosize
              minRows={4}
              description={
                props.what === 'need'
                  ? 'What, how much, by when, and anything a provider should know.'
                  : 'What you provide, for whom, and how to start.'
              }
              {...field('description')}
            />
            <MultiSelect
              label="Categories"
              description={`Up to ${MAX_POSTING_CATEGORIES}, from UK SIC 2007. Type to search.`}
              required
              searchable
              data={CATEGORY_OPTIONS}
              maxValues={MAX_POSTING_CATEGORIES}
              nothingFoundMessage="No category matches that"
              {...field('categoryCodes')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={props.what === 'need' ? 'Where and until when' : 'Area served and until when'}>
          <Stack>
            <Checkbox label="Anywhere, or remote" {...form.getInputProps('area.anywhere', { type: 'checkbox' })} key={form.key('area.anywhere')} />
            {!anywhere && (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput label="Town or city" required {...field('area.placeName')} />
                <Select label="Country" required searchable data={COUNTRY_OPTIONS} allowDeselect={false} {...field('area.countryCode')} />
                <NumberInput label="Within (km)" required min={1} max={MAX_RADIUS_KM} allowDecimal={false} {...field('area.radiusKm')} />
              </SimpleGrid>
            )}
            <TextInput
              type="date"
              label="Runs until"
              required
              min={today}
              description="The last day it is open; you can close it sooner."
              {...field('expiresAt')}
            />
          </Stack>
        </Fieldset>
        {props.extraFields?.(field)}
        <Group justify="flex-end">
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={submitting} size="md">
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
