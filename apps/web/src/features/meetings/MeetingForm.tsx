import { Alert, Button, Group, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingFormat, MeetingInput } from '../../gql/graphql';
import { applyServerErrors, type ServerErrors } from '../../lib/form-errors';
import { isoToZoned, zonedToIso } from './zoned-time';

export interface MeetingFormValues {
  title: string;
  agenda: string;
  startsAt: string;
  endsAt: string;
  format: MeetingFormat;
  venue: string;
  onlineUrl: string;
}

const FIELDS = ['title', 'agenda', 'startsAt', 'endsAt', 'format', 'venue', 'onlineUrl'];

/** A meeting's values for the form, its times in the council's zone. */
export function meetingFormValues(m: Omit<MeetingInput, 'agenda' | 'venue' | 'onlineUrl'> & { agenda?: string | null; venue?: string | null; onlineUrl?: string | null }, zone: string): MeetingFormValues {
  return {
    title: m.title,
    agenda: m.agenda ?? '',
    startsAt: isoToZoned(m.startsAt, zone),
    endsAt: isoToZoned(m.endsAt, zone),
    format: m.format,
    venue: m.venue ?? '',
    onlineUrl: m.onlineUrl ?? '',
  };
}

/** Scheduling or changing a meeting; the API checks every field and its answers show beside them. */
export function MeetingForm(props: {
  initialValues: MeetingFormValues;
  timeZone: string;
  submitLabel: string;
  onSubmit(input: MeetingInput): Promise<ServerErrors>;
  onCancel(): void;
}) {
  const { t } = useTranslation('meetings');
  const form = useForm<MeetingFormValues>({ initialValues: props.initialValues });
  const [general, setGeneral] = useState<string[]>([]);
  const format = form.values.format;
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        const startsAt = zonedToIso(values.startsAt, props.timeZone);
        const endsAt = zonedToIso(values.endsAt, props.timeZone);
        if (!startsAt || !endsAt) {
          form.setErrors({ ...(startsAt ? {} : { startsAt: t('form.startsMissing') }), ...(endsAt ? {} : { endsAt: t('form.endsMissing') }) });
          return;
        }
        const errors = await props.onSubmit({
          title: values.title,
          agenda: values.agenda || null,
          startsAt,
          endsAt,
          format: values.format,
          venue: values.venue || null,
          onlineUrl: values.onlineUrl || null,
        });
        setGeneral(applyServerErrors(form, errors, FIELDS));
      })}
    >
      <Stack>
        {general.map((message) => (
          <Alert key={message} color="red" role="alert">
            {message}
          </Alert>
        ))}
        <TextInput label={t('form.title')} required maxLength={160} {...form.getInputProps('title')} />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput type="datetime-local" label={t('form.starts')} required {...form.getInputProps('startsAt')} />
          <TextInput type="datetime-local" label={t('form.ends')} required {...form.getInputProps('endsAt')} />
        </Group>
        <Text size="xs" c="dimmed">
          {t('form.timeZone', { zone: props.timeZone.replace(/_/g, ' ') })}
        </Text>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="meeting-format-label">
            {t('form.where')}
          </Text>
          <SegmentedControl
            aria-labelledby="meeting-format-label"
            data={[
              { value: 'IN_PERSON', label: t('format.IN_PERSON') },
              { value: 'ONLINE', label: t('format.ONLINE') },
              { value: 'HYBRID', label: t('form.both') },
            ]}
            {...form.getInputProps('format')}
          />
        </Stack>
        {format !== 'ONLINE' && <TextInput label={t('form.venue')} required maxLength={300} {...form.getInputProps('venue')} />}
        {format !== 'IN_PERSON' && (
          <TextInput
            label={t('form.onlineUrl')}
            description={t('form.onlineUrlHint')}
            required
            placeholder={t('form.onlineUrlPlaceholder')}
            maxLength={500}
            {...form.getInputProps('onlineUrl')}
          />
        )}
        <Textarea label={t('form.agenda')} autosize minRows={4} maxLength={5000} {...form.getInputProps('agenda')} />
        <Group>
          <Button type="submit" loading={form.submitting}>
            {props.submitLabel}
          </Button>
          <Button variant="subtle" onClick={props.onCancel}>
            {t('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
