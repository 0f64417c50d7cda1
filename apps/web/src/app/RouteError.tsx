import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FallbackProps } from 'react-error-boundary';
import { usePageTitle } from '../lib/usePageTitle';

/**
 * Shown when a page could not be loaded or drawn. The common cause is a page's chunk that is no
 * longer on the server (a new version was deployed while this tab was open): reloading fetches
 * the new app, so that is the one action offered. Moving to another page clears it.
 */
export function RouteError(_props: FallbackProps) {
  const { t } = useTranslation('app');
  usePageTitle(t('routeError.title'));
  return (
    <Stack align="flex-start" p="xl" role="alert">
      <Title order={1}>{t('routeError.heading')}</Title>
      <Text>{t('routeError.body')}</Text>
      <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
    </Stack>
  );
}
