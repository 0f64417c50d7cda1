import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/usePageTitle';

export function NotFoundPage({ what = 'page' }: { what?: string }) {
  usePageTitle('Not found');
  return (
    <Stack align="flex-start" py="xl">
      <Title order={1}>We could not find that {what}</Title>
      <Text c="dimmed">The link may be mistyped, or what it pointed to has gone.</Text>
      <Button component={Link} to="/">
        Go to the front page
      </Button>
    </Stack>
  );
}
