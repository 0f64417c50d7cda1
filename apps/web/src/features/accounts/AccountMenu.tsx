import { Button, Group } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from './useViewer';

// A menu (popover, focus trap, floating-ui) is only wanted by someone signed in: visitors' first
// load does without it.
const SignedInMenu = lazy(() => import('./SignedInMenu'));

/** Signing in and joining for a visitor; the account menu for a signed-in person. */
export function AccountMenu() {
  const { viewer, loading } = useViewer();
  const { t } = useTranslation('accounts');
  if (loading) return null;
  if (!viewer) {
    return (
      <Group gap="xs" wrap="nowrap">
        <Button component={Link} to="/sign-in" variant="subtle" size="sm">
          {t('accountMenu.signIn')}
        </Button>
        <Button component={Link} to="/sign-up" size="sm">
          {t('accountMenu.join')}
        </Button>
      </Group>
    );
  }
  return (
    <Suspense fallback={null}>
      <SignedInMenu viewer={viewer} />
    </Suspense>
  );
}
