import { Alert, Button, Checkbox, Fieldset, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { MAX_POSTING_CATEGORIES, MAX_RADIUS_KM } from '@principle-six/schema';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { $ZodType } from 'zod/v4/core';
import { describeError } from '../../lib/errors';
import { applyServerErrors, type ServerErrors } from '../../lib/form-errors';
import { CATEGORY_OPTIONS, countryOptions } from '../coops/options';
import { dayInput, type AreaFormValues } from './posting-form-values';
import { useFormat } from '../../i18n/useFormat';

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
  const { schema, toInput, what } = props;
  const { t } = useTranslation('postings');
  const { locale } = useFormat();
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
        if (errors.length) setGeneralError(applyServerErrors(form, errors)[0] ?? t('form.checkFields'));
      } catch (error) {
        setGeneralError(describeError(error));
      } finally {
        setSubmitting(false);
      }
    },
    () => setGeneralError(t('form.checkFields')),
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
        <Fieldset legend={t(`form.whatLegend.${what}`)}>
          <Stack>
            <TextInput label={t('form.title')} required description={t('form.titleHelp')} {...field('title')} />
            <Textarea
              label={t('form.description')}
              required
              autosize
              minRows={4}
              description={t(`form.descriptionHelp.${what}`)}
              {...field('description')}
            />
            <MultiSelect
              label={t('form.categories')}
              description={t('form.categoriesHelp', { max: MAX_POSTING_CATEGORIES })}
              required
              searchable
              data={CATEGORY_OPTIONS}
              maxValues={MAX_POSTING_CATEGORIES}
              nothingFoundMessage={t('form.noCategory')}
              {...field('categoryCodes')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t(`form.whereLegend.${what}`)}>
          <Stack>
            <Checkbox label={t('form.anywhere')} {...form.getInputProps('area.anywhere', { type: 'checkbox' })} key={form.key('area.anywhere')} />
            {!anywhere && (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput label={t('form.town')} required {...field('area.placeName')} />
                <Select label={t('form.country')} required searchable data={countryOptions(locale)} allowDeselect={false} {...field('area.countryCode')} />
                <NumberInput label={t('form.radius')} required min={1} max={MAX_RADIUS_KM} allowDecimal={false} {...field('area.radiusKm')} />
              </SimpleGrid>
            )}
            <TextInput
              type="date"
              label={t('form.runsUntil')}
              required
              min={today}
              description={t('form.runsUntilHelp')}
              {...field('expiresAt')}
            />
          </Stack>
        </Fieldset>
        {props.extraFields?.(field)}
        <Group justify="flex-end">
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              {t('actions.cancel')}
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
