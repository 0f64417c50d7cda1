import { Button, Divider, Drawer, NavLink as MantineNavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useViewer } from '../../features/accounts/useViewer';
import { useSignOut } from '../../features/accounts/useSignOut';
import { LanguageSelect } from './LanguageSelect';
import type { NavItem } from './nav';

interface Props {
  opened: boolean;
  onClose: () => void;
  nav: NavItem[];
}

/** The phone menu: the header's links, then the account's (or signing in). Any link closes it. */
export default function PhoneMenuDrawer({ opened, onClose, nav }: Props) {
  const { viewer } = useViewer();
  const signOut = useSignOut();
  const { t } = useTranslation('app');
  const link = (to: string, label: string) => (
    <MantineNavLink key={to} component={NavLink} to={to} label={label} onClick={onClose} />
  );
  return (
    <Drawer.Root opened={opened} onClose={onClose} position="right" size="xs" id="phone-menu" hiddenFrom="md">
      <Drawer.Overlay />
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t('menu.title')}</Drawer.Title>
          <Drawer.CloseButton aria-label={t('menu.close')} />
        </Drawer.Header>
        <Drawer.Body>
      <Stack gap={0} component="nav" aria-label={t('header.main')}>
        {nav.map((item) => link(item.to, t(`nav.${item.label}`)))}
      </Stack>
      <Divider my="sm" />
      <Stack px="sm" pb="sm">
        <LanguageSelect fullWidth />
      </Stack>
      {viewer ? (
        <Stack gap={0} component="nav" aria-label={t('menu.account')}>
          <Text size="sm" c="dimmed" px="sm" pb={4}>
            {t('menu.signedInAs', { name: viewer.user.displayName })}
          </Text>
          {link('/inbox', t('menu.inbox'))}
          {link('/account/interests', t('menu.interests'))}
          {viewer.memberships.map((m) => link(`/coops/${m.coop.slug}`, m.coop.name))}
          {link('/coops/new', t('menu.addCoop'))}
          {viewer.siteRole === 'ADMIN' && link('/admin', t('menu.admin'))}
          <MantineNavLink
            component="button"
            label={t('menu.signOut')}
            onClick={() => {
              onClose();
              void signOut();
            }}
          />
        </Stack>
      ) : (
        <Stack gap="xs" px="sm">
          <Button component={Link} to="/sign-up" onClick={onClose}>
            {t('menu.join')}
          </Button>
          <Button component={Link} to="/sign-in" variant="default" onClick={onClose}>
            {t('menu.signIn')}
          </Button>
        </Stack>
      )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
