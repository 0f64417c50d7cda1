import { PubSub } from 'graphql-subscriptions';

/**
 * Tells open pages about new inbox items. In-process: the job worker runs inside the API
 * process (see jobs/worker.ts), so the writer and the subscribers share this object. Running
 * several API processes would need a shared channel instead (PostgreSQL LISTEN/NOTIFY, say).
 */
export class InboxEvents {
  private readonly pubsub = new PubSub<Record<string, string>>();
  private readonly open = new Map<string, number>();

  /** After the transaction that wrote the notification has committed. */
  async published(userId: string, notificationId: string): Promise<void> {
    await this.pubsub.publish(channel(userId), notificationId);
  }

  /** Notification ids for one person, as they arrive. */
  subscribe(userId: string): AsyncIterableIterator<string> {
    const events = this.pubsub.asyncIterableIterator<string>(channel(userId));
    this.open.set(userId, (this.open.get(userId) ?? 0) + 1);
    const close = events.return?.bind(events);
    let closed = false;
    events.return = () => {
      if (!closed) {
        closed = true;
        const left = (this.open.get(userId) ?? 1) - 1;
        if (left > 0) this.open.set(userId, left);
        else this.open.delete(userId);
      }
      return close ? close() : Promise.resolve({ done: true, value: undefined });
    };
    return events;
  }

  /** How many subscriptions one person has open: whether a push would reach a page. */
  listening(userId: string): number {
    return this.open.get(userId) ?? 0;
  }
}

const channel = (userId: string) => `inbox:${userId}`;
