import { Anchor, AppShell, Box, Button, Center, Container, Group, Loader, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from 'react-error-boundary';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { AccountMenu } from '../features/accounts/AccountMenu';
import { useViewer } from '../features/accounts/useViewer';
import { VerifyEmailBanner } from '../features/accounts/VerifyEmailBanner';
import { InboxBell } from '../features/inbox/InboxBell';
import { SearchBox } from '../features/search/SearchBox';
import { LanguageSelect } from './header/LanguageSelect';
import { navFor } from './header/nav';
import { PhoneMenuButton } from './header/PhoneMenuButton';
import { RouteError } from './RouteError';
import { useScrollReset } from './useScrollReset';

export function Layout() {
  const { viewer } = useViewer();
  const { pathname } = useLocation();
  useScrollReset();
  const nav = navFor(viewer);
  const { t } = useTranslation('app');
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Anchor component={Link} to="/" underline="never" c="inherit" aria-label={t('header.home')}>
              <Group gap={6} wrap="nowrap">
                <img src="/favicon.svg" alt="" width={28} height={28} />
                <Text fw={700} size="lg" style={{ whiteSpace: "nowrap" }} visibleFrom="sm">
                  Principle Six
                </Text>
              </Group>
            </Anchor>
            {/* The front page has its own, larger search box first. */}
            {pathname === '/' ? <div style={{ flex: 1 }} /> : <SearchBox />}
            <Group gap={4} wrap="nowrap" component="nav" aria-label={t('header.main')} visibleFrom="md">
              {nav.map((item) => (
                <Button key={item.to} component={NavLink} to={item.to} variant="subtle" size="sm" px="xs">
                  {t(`nav.${item.label}`)}
                </Button>
              ))}
            </Group>
            <Group gap="xs" wrap="nowrap">
              <InboxBell />
              <Box visibleFrom="md">
                <LanguageSelect />
              </Box>
              <Box visibleFrom="md">
                <AccountMenu />
              </Box>
              <PhoneMenuButton nav={nav} />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main>
        <Container size="lg" px={{ base: 0, sm: 'md' }}>
          <VerifyEmailBanner />
          {/* A page's chunk loads while the header stays; a failed load offers a reload. */}
          <ErrorBoundary FallbackComponent={RouteError} resetKeys={[pathname]}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

function PageLoading() {
  const { t } = useTranslation('app');
  return (
    <Center py="xl">
      <Loader aria-label={t('header.loadingPage')} />
    </Center>
  );
}
