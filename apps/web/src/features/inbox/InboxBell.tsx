import { useQuery } from '@apollo/client/react';
import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { UnreadCountQuery } from './graphql';
import { useInboxEvents } from './useInboxEvents';

/** The header's inbox link with its unread count, kept current by the inbox subscription. */
export function InboxBell() {
  const { t } = useTranslation('inbox');
  const { formatCount } = useFormat();
  const { data } = useQuery(UnreadCountQuery);
  const signedIn = !!data?.viewer;
  useInboxEvents(signedIn);
  if (!data?.viewer) return null;
  const unread = data.viewer.unreadNotificationCount;
  const label = unread ? t('bell.labelUnread', { count: unread }) : t('bell.label');
  return (
    <Indicator label={unread > 99 ? formatCount(99, true) : formatCount(unread)} size={18} disabled={unread === 0} offset={4} color="red">
      <ActionIcon component={Link} to="/inbox" variant="subtle" size="lg" aria-label={label} title={label}>
        <IconBell size={22} />
      </ActionIcon>
    </Indicator>
  );
}
