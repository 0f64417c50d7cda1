import type { Notification } from '@principle-six/db';

/** What NotificationConnection is resolved from. */
export interface NotificationConnectionModel {
  userId: string;
  items: Notification[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** What InboxEvent is resolved from. */
export interface InboxEventModel {
  notification: Notification;
  userId: string;
}
