import { RESUMED, type EventBus } from '../../live-events';

/** Not a version: the subscription's first event, "read the round as it is now". */
export const FIRST_LOOK = -1;
/** Not a version: "read the round now", sent after news may have been missed. */
export const CATCH_UP = -2;

/**
 * Tells every open pitch-round page that a round changed: the meeting and the round's new
 * version, never the state itself (each process reads that once per version, see RoundViews).
 * The live-events bus carries it between processes (LISTEN/NOTIFY with a PostgreSQL server), so
 * a facilitator on one process reaches attendees on another.
 */
export class RoundEvents {
  constructor(private readonly bus: EventBus) {}

  get crossProcess(): boolean {
    return this.bus.crossProcess;
  }

  /** After the transaction that changed the round has committed. */
  async changed(meetingId: string, version: number): Promise<void> {
    await this.bus.publish('pitch_rounds', meetingId, String(version));
  }

  /**
   * Versions of the meeting's round as they change; CATCH_UP after the bus reconnected, as
   * changes may have been missed meanwhile.
   */
  subscribe(meetingId: string): AsyncIterableIterator<number> {
    return mapValues(this.bus.subscribe('pitch_rounds', meetingId), (message) => (message === RESUMED ? CATCH_UP : Number(message)));
  }
}

/**
 * An iterator that yields `first` and then what `rest` yields, passing return() straight on so
 * that an unsubscribe frees the PubSub listener at once. (A generator function would wait for
 * the next event before running its finally block.)
 */
export function startWith<T>(first: T, rest: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
  let sentFirst = false;
  return {
    next: () => {
      if (sentFirst) return rest.next();
      sentFirst = true;
      return Promise.resolve({ value: first, done: false });
    },
    return: (value?: unknown) => rest.return?.(value) ?? Promise.resolve({ value: undefined, done: true }),
    throw: (error?: unknown) => rest.throw?.(error) ?? Promise.reject(error),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** The same iterator with each value passed through `map` (return() and throw() passed straight on). */
export function mapValues<T, U>(source: AsyncIterableIterator<T>, map: (value: T) => U): AsyncIterableIterator<U> {
  return {
    next: async () => {
      const result = await source.next();
      return result.done ? { value: undefined, done: true } : { value: map(result.value), done: false };
    },
    return: async (value?: unknown) => {
      await source.return?.(value);
      return { value: undefined, done: true };
    },
    throw: (error?: unknown) => source.throw?.(error).then(() => ({ value: undefined, done: true as const })) ?? Promise.reject(error),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
