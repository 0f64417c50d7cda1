import pg from 'pg';

export interface RecordedStatement {
  text: string;
  values: unknown[];
  /** The checked-out connection it ran on (a transaction), or null when sent through the pool. */
  session: number | null;
  startedAt: number;
  endedAt: number;
}

/**
 * A node-postgres pool that writes down every statement Prisma sends through it, on the pool or on
 * a connection checked out for a transaction, so that the speed benchmark can send exactly the
 * same SQL again, on the same kind of connection, without GraphQL, Prisma or HTTP.
 */
export class RecordingPool extends pg.Pool {
  recording: RecordedStatement[] | null = null;
  private sessions = new WeakMap<pg.PoolClient, number>();
  private nextSession = 1;

  // pg's overloads cannot be restated generically; Prisma's adapter calls query(config, values).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(config: any, values?: any, callback?: any): any {
    if (typeof callback === 'function' || !this.recording) return super.query(config, values, callback);
    return this.record(null, config, values, () => super.query(config, values));
  }

  // Prisma checks out a connection for each transaction; its statements are recorded with it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override connect(callback?: any): any {
    if (typeof callback === 'function') return super.connect(callback); // pg's own pool.query path
    return super.connect().then((client) => this.instrument(client));
  }

  private instrument(client: pg.PoolClient): pg.PoolClient {
    if (this.sessions.has(client)) return client;
    const session = this.nextSession++;
    this.sessions.set(client, session);
    const original = client.query.bind(client) as (...args: unknown[]) => unknown;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (client as any).query = (config: any, values?: any, callback?: any) => {
      if (typeof callback === 'function' || !this.recording) return original(config, values, callback);
      return this.record(session, config, values, () => original(config, values) as Promise<unknown>);
    };
    return client;
  }

  private record(session: number | null, config: unknown, values: unknown, run: () => Promise<unknown>): Promise<unknown> {
    const text = typeof config === 'string' ? config : (config as { text: string }).text;
    const args = (typeof config === 'object' && config && (config as { values?: unknown[] }).values) || values || [];
    const entry: RecordedStatement = {
      text,
      values: args as unknown[],
      session,
      startedAt: performance.now(),
      endedAt: Number.POSITIVE_INFINITY,
    };
    this.recording!.push(entry);
    return run().finally(() => {
      entry.endedAt = performance.now();
    });
  }
}

/**
 * The statements of one request in the order they were sent, grouped where the app had them in
 * flight together (Promise.all), so a replay keeps the app's own concurrency.
 */
export function concurrentGroups(statements: readonly RecordedStatement[]): RecordedStatement[][] {
  const groups: RecordedStatement[][] = [];
  let groupEnd = Number.NEGATIVE_INFINITY;
  for (const statement of statements) {
    const current = groups.at(-1);
    if (current && statement.startedAt < groupEnd) {
      current.push(statement);
      groupEnd = Math.max(groupEnd, statement.endedAt);
    } else {
      groups.push([statement]);
      groupEnd = statement.endedAt;
    }
  }
  return groups;
}
