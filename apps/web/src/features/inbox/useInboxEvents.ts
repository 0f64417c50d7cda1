import { useApolloClient, useSubscription } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { InboxEventsSubscription, UnreadCountQuery } from './graphql';

/** Pages whose content an inbox event may change; they are fetched again when one arrives. */
const LIVE_QUERIES = [
  'ForYou',
  'Inbox',
  'NeedPage',
  'OfferPage',
  'Referral',
  'CoopReferralLedger',
  'ReferralsGiven',
  'ReferralsReceived',
  'BusinessThanksList',
];

/**
 * Listens for new inbox items while the app is open (graphql-ws). Each one updates the unread
 * badge at once, shows a short note, and refreshes whichever match and referral pages are on screen.
 */
export function useInboxEvents(signedIn: boolean) {
  const client = useApolloClient();
  useSubscription(InboxEventsSubscription, {
    skip: !signedIn,
    onData: ({ data }) => {
      const event = data.data?.inbox;
      if (!event) return;
      client.cache.updateQuery({ query: UnreadCountQuery }, (current) =>
        current?.viewer ? { viewer: { ...current.viewer, unreadNotificationCount: event.unreadCount } } : current,
      );
      notifications.show({ title: event.notification.coop?.name ?? event.notification.council?.name ?? 'Principle Six', message: event.notification.summary });
      void client.refetchQueries({ include: LIVE_QUERIES });
    },
  });
}
