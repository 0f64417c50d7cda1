import { Client } from 'pg';
import { RESUMED, TOPICS, envelope, openEnvelope, type EventBus, type Topic } from './event-bus';
import { LocalSubscriptions } from './local-subscriptions';

export interface PostgresBusOptions {
  /** The database server whose LISTEN/NOTIFY carries the news (the app's own DATABASE_URL). */
  url: string;
  /** Runs `SELECT pg_notify(channel, payload)` on the app's pool: publishing needs no connection of its own. */
  notify(channel: string, payload: string): Promise<unknown>;
  log?: (line: string) => void;
  /** First wait before connecting again after the LISTEN connection dropped; doubles each failure. */
  firstRetryMs?: number;
  maxRetryMs?: number;
  /** How often the LISTEN connection is asked `SELECT 1`: a connection dead without a FIN says nothing otherwise. */
  checkEveryMs?: number;
}

/** The LISTEN connection's name in pg_stat_activity (and how tests find it to cut it). */
export const LISTENER_NAME = 'p6-live-events';

/**
 * News between API processes over PostgreSQL's LISTEN/NOTIFY: nothing else to run, and the
 * server is already there for the data. Each process holds ONE connection that LISTENs on every
 * topic and hands what it hears to its own subscribers; a process also hears its own NOTIFYs,
 * which is how its own subscribers get them (once). Publishing goes through the app's pool.
 *
 * Written over `pg` rather than taken from a library (checked November 2026):
 * graphql-postgres-subscriptions pins pg 7 and graphql-subscriptions 0.5 and has not moved
 * since 2019; @graphile/pg-pubsub is a PostGraphile plugin; pg-listen (last release 1.7.0)
 * gives up reconnecting after 3 s by default, and its reconnect path builds the LISTEN
 * statements without running them, so a reconnected subscriber hears nothing; the Redis
 * adapters (graphql-redis-subscriptions, @graphql-yoga/redis-event-target) are maintained but
 * need a Redis server, one more thing to run and watch for a few messages a second.
 *
 * Publishing is after commit, not pg_notify inside the writing transaction: every writer
 * already publishes after commit (notify.ts), the in-memory bus could not defer to a commit,
 * and a NOTIFY in a transaction takes a server-wide lock at commit that serialises every
 * committing transaction that notified. The cost: a process that dies between its commit and its
 * publish loses that push (the row is there; the page shows it when next read).
 */
export class PostgresEventBus implements EventBus {
  readonly crossProcess = true;
  private readonly local = new LocalSubscriptions();
  private listener: Client | null = null;
  private closed = false;
  private failures = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private checkTimer: NodeJS.Timeout | null = null;
  private readonly log: (line: string) => void;

  constructor(private readonly options: PostgresBusOptions) {
    this.log = options.log ?? ((line) => console.warn(`[live-events] ${line}`));
  }

  async publish(topic: Topic, key: string, message: string): Promise<void> {
    const payload = envelope(topic, key, message); // a mistake (too large, bad key) throws
    try {
      await this.options.notify(topic, payload);
    } catch (error) {
      // What the news announces has committed; a lost push must not fail the request that made it.
      this.log(`Could not publish on ${topic}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  subscribe(topic: Topic, key: string): AsyncIterableIterator<string> {
    return this.local.subscribe(topic, key);
  }

  onTopic(topic: Topic, listener: (key: string, message: string) => void): () => void {
    return this.local.onTopic(topic, listener);
  }

  listening(topic: Topic, key: string): number {
    return this.local.listening(topic, key);
  }

  /** The first connection must work (a wrong URL fails the start); later drops are made good. */
  async start(): Promise<void> {
    if (this.listener || this.closed) return;
    this.listener = await this.connect();
    const every = this.options.checkEveryMs ?? 30_000;
    this.checkTimer = setInterval(() => void this.check(), every);
    this.checkTimer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.checkTimer) clearInterval(this.checkTimer);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  private async connect(): Promise<Client> {
    const client = new Client({ connectionString: this.options.url, application_name: LISTENER_NAME, keepAlive: true });
    client.on('notification', (n) => {
      const topic = TOPICS.find((t) => t === n.channel);
      const opened = openEnvelope(n.payload);
      // Anything else on these channels (a hand-typed NOTIFY, say) is not ours to pass on.
      if (topic && opened) void this.local.deliver(topic, opened.key, opened.message);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(TOPICS.map((t) => `LISTEN "${t}"`).join('; '));
    } catch (error) {
      client.removeAllListeners('end');
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
      throw error;
    }
    return client;
  }

  private lost(client: Client, error?: Error): void {
    if (this.closed || this.listener !== client) return;
    this.listener = null;
    this.log(`LISTEN connection lost${error ? ` (${error.message})` : ''}; connecting again`);
    client.on('error', () => undefined); // a second error from a closing client is expected
    void client.end().catch(() => undefined);
    this.retry();
  }

  /** Waits (doubling, with jitter, up to maxRetryMs) and connects again until it works. */
  private retry(): void {
    const first = this.options.firstRetryMs ?? 100;
    const max = this.options.maxRetryMs ?? 10_000;
    const wait = Math.min(max, first * 2 ** this.failures) * (0.5 + Math.random() / 2);
    this.retryTimer = setTimeout(() => {
      if (this.closed) return;
      this.connect().then(
        (client) => {
          if (this.closed) return void client.end().catch(() => undefined);
          this.listener = client;
          this.failures = 0;
          this.log('LISTEN connection made again');
          // Messages sent while no one listened are gone: subscribers catch up (see RESUMED).
          void this.local.deliverToAll(RESUMED);
        },
        () => {
          this.failures++;
          this.retry();
        },
      );
    }, wait);
    this.retryTimer.unref();
  }

  private async check(): Promise<void> {
    const client = this.listener;
    if (!client) return;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer to SELECT 1 within 5 s')), 5000);
    });
    try {
      await Promise.race([client.query('SELECT 1'), timedOut]);
    } catch (error) {
      this.lost(client, error instanceof Error ? error : undefined);
    } finally {
      clearTimeout(timer);
    }
  }
}
