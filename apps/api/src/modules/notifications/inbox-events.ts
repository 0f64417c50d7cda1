import { PubSub } from 'graphql-subscriptions';

/**
 * Tells open pages about new inbox items. In-process: the job worker runs inside the API
 * process (see jobs/worker.ts), so the writer and the subscribers share this object. Running
 * several API processes would need a shared channel instead (PostgreSQL LISTEN/NOTIFY, say).
 */
export class InboxEvents {
  private readonly pubsub = new PubSub<Record<string, string>>();

  /** After the transaction that wrote the notification has committed. */
  async published(userId: string, notificationId: string): Promise<void> {
    await this.pubsub.publish(channel(userId), notificationId);
  }

  /** Notification ids for one person, as they arrive. */
  subscribe(userId: string): AsyncIterableIterator<string> {
    return this.pubsub.asyncIterableIterator<string>(channel(userId));
  }
}

const channel = (userId: string) => `inbox:${userId}`;
