import { Avatar, Group, Menu, UnstyledButton, VisuallyHidden } from '@mantine/core';
import {
  IconArrowsExchange,
  IconBuildingStore,
  IconChartBar,
  IconHeartHandshake,
  IconInbox,
  IconListSearch,
  IconLogout,
  IconPlus,
  IconShieldCheck,
  IconSparkles,
  IconUsersGroup,
} from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignOut } from './useSignOut';
import type { ViewerQuery } from '../../gql/graphql';

/** The signed-in person's menu: their pages, their co-ops, and signing out. */
export default function SignedInMenu({ viewer }: { viewer: NonNullable<ViewerQuery['viewer']> }) {
  const onSignOut = useSignOut();
  const { t } = useTranslation('accounts');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* Named by its own text, so that what is read out starts with what is seen (WCAG 2.5.3):
            the initials are hidden, "Account menu for" is for screen readers only. */}
        <UnstyledButton>
          <Group gap="xs" wrap="nowrap">
            <Avatar name={viewer.user.displayName} color="initials" size="sm" aria-hidden />
            <span>
              <Trans t={t} i18nKey="signedInMenu.button" values={{ name: viewer.user.displayName }} components={{ hidden: <VisuallyHidden /> }} />
            </span>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/for-you" leftSection={<IconSparkles size={16} />}>
          {t('signedInMenu.forYou')}
        </Menu.Item>
        <Menu.Item component={Link} to="/inbox" leftSection={<IconInbox size={16} />}>
          {t('signedInMenu.inbox')}
        </Menu.Item>
        {viewer.memberships.length > 0 && (
          <Menu.Item component={Link} to="/referrals" leftSection={<IconArrowsExchange size={16} />}>
            {t('signedInMenu.referrals')}
          </Menu.Item>
        )}
        <Menu.Item component={Link} to="/needs" leftSection={<IconListSearch size={16} />}>
          {t('signedInMenu.needsAndOffers')}
        </Menu.Item>
        <Menu.Item component={Link} to="/councils" leftSection={<IconUsersGroup size={16} />}>
          {t('signedInMenu.councils')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account/interests" leftSection={<IconHeartHandshake size={16} />}>
          {t('signedInMenu.interests')}
        </Menu.Item>
        <Menu.Item component={Link} to="/network" leftSection={<IconChartBar size={16} />}>
          {t('signedInMenu.network')}
        </Menu.Item>
        {viewer.siteRole === 'ADMIN' && (
          <Menu.Item component={Link} to="/admin" leftSection={<IconShieldCheck size={16} />}>
            {t('signedInMenu.admin')}
          </Menu.Item>
        )}
        <Menu.Divider />
        {viewer.memberships.length > 0 && <Menu.Label>{t('signedInMenu.yourCoops')}</Menu.Label>}
        {viewer.memberships.map((m) => (
          <Menu.Item
            key={m.coop.id}
            component={Link}
            to={`/coops/${m.coop.slug}`}
            leftSection={<IconBuildingStore size={16} />}
          >
            {m.coop.name}
          </Menu.Item>
        ))}
        <Menu.Item component={Link} to="/coops/new" leftSection={<IconPlus size={16} />}>
          {t('signedInMenu.addCoop')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void onSignOut()}>
          {t('signedInMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
