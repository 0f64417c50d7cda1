import { RESUMED, type EventBus } from '../../live-events';

/**
 * Tells open pages about new inbox items, through the live-events bus: a notification written
 * by any API process or job worker on the same database reaches the person's subscriptions in
 * every process. Messages are notification ids; the subscription reads the item itself.
 */
export class InboxEvents {
  constructor(private readonly bus: EventBus) {}

  /** After the transaction that wrote the notification has committed. */
  async published(userId: string, notificationId: string): Promise<void> {
    await this.bus.publish('inbox', userId, notificationId);
  }

  /** Notification ids for one person, as they arrive. */
  subscribe(userId: string): AsyncIterableIterator<string> {
    // An inbox event is one item, so there is nothing to catch up with after the bus reconnects
    // (the page's list is read afresh when it is next opened).
    return withoutResumes(this.bus.subscribe('inbox', userId));
  }

  /**
   * How many inbox subscriptions one person has open in THIS process (not in others): tests wait
   * on it to know a subscription is in place before they publish.
   */
  listening(userId: string): number {
    return this.bus.listening('inbox', userId);
  }
}

/** The same iterator without RESUMED markers; return() passed straight on. */
function withoutResumes(source: AsyncIterableIterator<string>): AsyncIterableIterator<string> {
  return {
    next: async () => {
      for (;;) {
        const result = await source.next();
        if (result.done || result.value !== RESUMED) return result;
      }
    },
    return: (value?: unknown) => source.return?.(value) ?? Promise.resolve({ value: undefined, done: true }),
    throw: (error?: unknown) => source.throw?.(error) ?? Promise.reject(error),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
