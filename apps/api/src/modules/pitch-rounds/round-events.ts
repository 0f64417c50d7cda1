import { PubSub } from 'graphql-subscriptions';
import { Client } from 'pg';

/** PostgreSQL's channel for round changes: "<meetingId>:<version>" per change. */
const CHANNEL = 'pitch_rounds';

/**
 * Tells every open pitch-round page that a round changed: the meeting and the round's new
 * version, never the state itself (each process reads that once per version, see RoundViews).
 *
 * In one process (the embedded default) the news goes through an in-memory PubSub. With a
 * PostgreSQL server (`listenUrl`) it goes through NOTIFY on the database and a LISTEN connection
 * in each API process, so a facilitator on one process reaches attendees on another. LISTEN/
 * NOTIFY is PostgreSQL's own pub/sub: nothing else to run, and it is already there for the data.
 * (Hand-written over `pg`: the maintained adapters for graphql-subscriptions are for Redis; the
 * PostgreSQL ones are unmaintained, and this is one LISTEN and one NOTIFY.)
 */
export class RoundEvents {
  private readonly local = new PubSub<Record<string, number>>();
  private listener: Client | null = null;
  private closed = false;

  /** `listenUrl`: the PostgreSQL server to pass news through; null keeps it in this process. */
  constructor(private readonly listenUrl: string | null) {}

  /** Starts listening (across processes); call before serving. */
  async start(): Promise<void> {
    if (this.listenUrl && !this.listener) await this.listen();
  }

  get crossProcess(): boolean {
    return this.listenUrl !== null;
  }

  /**
   * After the transaction that changed the round has committed. Over PostgreSQL the NOTIFY goes
   * out on `notify` (a query runner on the database: the API's own pool).
   */
  async changed(meetingId: string, version: number, notify: (channel: string, payload: string) => Promise<unknown>): Promise<void> {
    if (this.listenUrl) await notify(CHANNEL, `${meetingId}:${version}`);
    else await this.local.publish(meetingId, version);
  }

  /** Versions of the meeting's round as they change. */
  subscribe(meetingId: string): AsyncIterableIterator<number> {
    return this.local.asyncIterableIterator<number>(meetingId);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.listenUrl! });
    client.on('notification', (message) => {
      const [meetingId, version] = (message.payload ?? '').split(':');
      if (meetingId && version) void this.local.publish(meetingId, Number(version));
    });
    // A dropped connection is made again; pages catch up when they resubscribe or on the next change.
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  private reconnect(client: Client): void {
    if (this.closed || this.listener !== client) return;
    this.listener = null;
    const retry = () => {
      if (this.closed) return;
      this.listen().catch(() => setTimeout(retry, 1000).unref());
    };
    setTimeout(retry, 200).unref();
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
