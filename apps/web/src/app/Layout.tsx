import { Anchor, AppShell, Container, Group, Text } from '@mantine/core';
import { Link, Outlet, ScrollRestoration } from 'react-router';
import { AccountMenu } from '../features/accounts/AccountMenu';
import { SearchBox } from '../features/search/SearchBox';

export function Layout() {
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Anchor component={Link} to="/" underline="never" c="inherit" aria-label="Principle Six: directory">
              <Group gap={6} wrap="nowrap">
                <img src="/favicon.svg" alt="" width={28} height={28} />
                <Text fw={700} size="lg" style={{ whiteSpace: "nowrap" }} visibleFrom="sm">
                  Principle Six
                </Text>
              </Group>
            </Anchor>
            <SearchBox />
            <AccountMenu />
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="lg" px={{ base: 0, sm: 'md' }}>
          <Outlet />
        </Container>
      </AppShell.Main>
      <ScrollRestoration />
    </AppShell>
  );
}
