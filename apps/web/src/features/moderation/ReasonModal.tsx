import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';

/**
 * Asks for a reason, then does something with it; the server's refusal stays in the dialog (a
 * field error under the box, anything else above the buttons).
 */
export function ReasonModal(props: {
  opened: boolean;
  title: string;
  label: string;
  description?: ReactNode;
  submitLabel: string;
  /** Characters at least (the API's own limit); 0 when a reason may be left out. */
  minLength: number;
  maxLength?: number;
  color?: string;
  onClose: () => void;
  /** Resolves to the server's message when it refused, null when done. */
  onSubmit: (reason: string) => Promise<{ field: string | null; message: string } | null>;
}) {
  const { t } = useTranslation('moderation');
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setReason('');
    setFieldError(null);
    setGeneralError(null);
    props.onClose();
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (text.length < props.minLength) {
      setFieldError(props.minLength === 1 ? t('reasonModal.sayWhy') : t('reasonModal.atLeast', { count: props.minLength }));
      return;
    }
    setBusy(true);
    setFieldError(null);
    setGeneralError(null);
    try {
      const problem = await props.onSubmit(text);
      if (!problem) return close();
      if (problem.field === 'reason' || problem.field === 'note') setFieldError(problem.message);
      else setGeneralError(problem.message);
    } catch (error) {
      setGeneralError(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={props.opened} onClose={close} title={props.title} centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Textarea
            label={props.label}
            description={props.description}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError}
            maxLength={props.maxLength ?? 1000}
            autosize
            minRows={3}
            data-autofocus
            required={props.minLength > 0}
          />
          {generalError && (
            <Alert color="red" role="alert">
              {generalError}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} type="button">
              {t('reasonModal.cancel')}
            </Button>
            <Button type="submit" loading={busy} color={props.color}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
