import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeError } from './errors';

export function Loading({ label }: { label: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader />
        <span>{label}</span>
      </Stack>
    </Center>
  );
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('lib');
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={t('loadError.title')} role="alert" my="md">
      <Stack gap="xs" align="flex-start">
        <span>{describeError(error)}</span>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('loadError.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
