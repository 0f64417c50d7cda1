import { Button, Divider, Drawer, NavLink as MantineNavLink, Stack, Text } from '@mantine/core';
import { Link, NavLink } from 'react-router';
import { useViewer } from '../../features/accounts/useViewer';
import { useSignOut } from '../../features/accounts/useSignOut';
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
  const link = (to: string, label: string) => (
    <MantineNavLink key={to} component={NavLink} to={to} label={label} onClick={onClose} />
  );
  return (
    <Drawer.Root opened={opened} onClose={onClose} position="right" size="xs" id="phone-menu" hiddenFrom="md">
      <Drawer.Overlay />
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Menu</Drawer.Title>
          <Drawer.CloseButton aria-label="Close the menu" />
        </Drawer.Header>
        <Drawer.Body>
      <Stack gap={0} component="nav" aria-label="Main">
        {nav.map((item) => link(item.to, item.label))}
      </Stack>
      <Divider my="sm" />
      {viewer ? (
        <Stack gap={0} component="nav" aria-label="Account">
          <Text size="sm" c="dimmed" px="sm" pb={4}>
            Signed in as {viewer.user.displayName}
          </Text>
          {link('/inbox', 'Inbox')}
          {link('/account/interests', 'Your interests')}
          {viewer.memberships.map((m) => link(`/coops/${m.coop.slug}`, m.coop.name))}
          {link('/coops/new', 'Add your co-op')}
          {viewer.siteRole === 'ADMIN' && link('/admin', 'Administration')}
          <MantineNavLink
            component="button"
            label="Sign out"
            onClick={() => {
              onClose();
              void signOut();
            }}
          />
        </Stack>
      ) : (
        <Stack gap="xs" px="sm">
          <Button component={Link} to="/sign-up" onClick={onClose}>
            Join
          </Button>
          <Button component={Link} to="/sign-in" variant="default" onClick={onClose}>
            Sign in
          </Button>
        </Stack>
      )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
