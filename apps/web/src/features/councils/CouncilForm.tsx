import { Alert, Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { CouncilInput } from '../../gql/graphql';
import { applyServerErrors, type ServerErrors } from '../../lib/form-errors';

const FIELDS = ['name', 'description', 'area', 'website', 'timeZone'];

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
        <TextInput label="Name" required maxLength={120} placeholder="Greater Manchester Co-operative Council" {...form.getInputProps('name')} />
        <Textarea
          label="What it is, and who may join"
          required
          autosize
          minRows={3}
          maxLength={2000}
          placeholder="Co-ops in Greater Manchester meeting monthly to trade with each other and pass on business."
          {...form.getInputProps('description')}
        />
        <TextInput label="Area or sector it covers" maxLength={120} placeholder="Greater Manchester" {...form.getInputProps('area')} />
        <TextInput label="Website" maxLength={300} placeholder="https://example.coop" {...form.getInputProps('website')} />
        <Select label="Time zone of its meetings" searchable data={TIME_ZONES} allowDeselect={false} {...form.getInputProps('timeZone')} />
        <Group>
          <Button type="submit" loading={form.submitting}>
            {props.submitLabel}
          </Button>
          <Button variant="subtle" onClick={props.onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
