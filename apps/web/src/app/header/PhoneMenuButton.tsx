import { Burger } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NavItem } from './nav';

// The drawer (its focus trap, portal and transitions) is fetched when first wanted, not with the
// first page: most visits on a phone never open it.
const loadDrawer = () => import('./PhoneMenuDrawer');
const PhoneMenuDrawer = lazy(loadDrawer);

/**
 * Below the desktop breakpoint the header has no room for its links: this button opens them,
 * with the account's, in a drawer. Pressing it starts fetching the drawer at once.
 */
export function PhoneMenuButton({ nav }: { nav: NavItem[] }) {
  const [opened, setOpened] = useState(false);
  const [wanted, setWanted] = useState(false);
  const { t } = useTranslation('app');
  return (
    <>
      <Burger
        opened={opened}
        onPointerDown={() => void loadDrawer()}
        onClick={() => {
          setWanted(true);
          setOpened((o) => !o);
        }}
        aria-label={opened ? t('menu.close') : t('menu.open')}
        aria-expanded={opened}
        aria-controls="phone-menu"
        size="sm"
        hiddenFrom="md"
      />
      {wanted && (
        <Suspense fallback={null}>
          <PhoneMenuDrawer opened={opened} onClose={() => setOpened(false)} nav={nav} />
        </Suspense>
      )}
    </>
  );
}
