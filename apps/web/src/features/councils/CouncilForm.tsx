import { Alert, Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CouncilInput } from '../../gql/graphql';
import { applyServerErrors, type ServerErrors } from '../../lib/form-errors';

const FIELDS = ['name', 'description', 'area', 'website', 'timeZone'];

/** An address, the same in every language. */
const WEBSITE_PLACEHOLDER = 'https://example.coop';

/** The zones the browser knows, for the picker (the API checks against the same ICU list). */
const TIME_ZONES = ['UTC', ...(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC') : ['Europe/London'])];

export interface CouncilFormValues {
  name: string;
  description: string;
  area: string;
  website: string;
  timeZone: string;
}

export const EMPTY_COUNCIL: CouncilFormValues = {
  name: '',
  description: '',
  area: '',
  website: '',
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/London',
};

export function CouncilForm(props: { initialValues: CouncilFormValues; submitLabel: string; onSubmit(input: CouncilInput): Promise<ServerErrors>; onCancel(): void }) {
  const { t } = useTranslation('councils');
  const form = useForm<CouncilFormValues>({ initialValues: props.initialValues });
  const [general, setGeneral] = useState<string[]>([]);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (v) => {
        const errors = await props.onSubmit({ name: v.name, description: v.description, area: v.area || null, website: v.website || null, timeZone: v.timeZone });
        setGeneral(applyServerErrors(form, errors, FIELDS));
      })}
    >
      <Stack>
        {general.map((m) => (
          <Alert key={m} color="red" role="alert">
            {m}
          </Alert>
        ))}
        <TextInput label={t('form.name')} required maxLength={120} placeholder={t('form.namePlaceholder')} {...form.getInputProps('name')} />
        <Textarea
          label={t('form.description')}
          required
          autosize
          minRows={3}
          maxLength={2000}
          placeholder={t('form.descriptionPlaceholder')}
          {...form.getInputProps('description')}
        />
        <TextInput label={t('form.area')} maxLength={120} placeholder={t('form.areaPlaceholder')} {...form.getInputProps('area')} />
        <TextInput label={t('form.website')} maxLength={300} placeholder={WEBSITE_PLACEHOLDER} {...form.getInputProps('website')} />
        <Select label={t('form.timeZone')} searchable data={TIME_ZONES} allowDeselect={false} {...form.getInputProps('timeZone')} />
        <Group>
          <Button type="submit" loading={form.submitting}>
            {props.submitLabel}
          </Button>
          <Button variant="subtle" onClick={props.onCancel}>
            {t('cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
