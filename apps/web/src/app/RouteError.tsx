import { Button, Stack, Text, Title } from '@mantine/core';
import type { FallbackProps } from 'react-error-boundary';
import { usePageTitle } from '../lib/usePageTitle';

/**
 * Shown when a page could not be loaded or drawn. The common cause is a page's chunk that is no
 * longer on the server (a new version was deployed while this tab was open): reloading fetches
 * the new app, so that is the one action offered. Moving to another page clears it.
 */
export function RouteError(_props: FallbackProps) {
  usePageTitle('Something went wrong');
  return (
    <Stack align="flex-start" p="xl" role="alert">
      <Title order={1}>This page could not be loaded</Title>
      <Text>The connection may have dropped, or Principle Six was updated while the page was open.</Text>
      <Button onClick={() => window.location.reload()}>Reload the page</Button>
    </Stack>
  );
}
