import pg from 'pg';

export interface RecordedStatement {
  text: string;
  values: unknown[];
  startedAt: number;
  endedAt: number;
}

/**
 * A node-postgres pool that writes down every statement Prisma sends through it, so that the
 * speed benchmark can send exactly the same SQL again without GraphQL, Prisma or HTTP.
 */
export class RecordingPool extends pg.Pool {
  recording: RecordedStatement[] | null = null;

  // pg's overloads cannot be restated generically; Prisma's adapter calls query(config, values).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(config: any, values?: any, callback?: any): any {
    const log = this.recording;
    if (!log || typeof config !== 'object' || typeof callback === 'function') return super.query(config, values, callback);
    const entry: RecordedStatement = {
      text: config.text,
      values: config.values ?? values ?? [],
      startedAt: performance.now(),
      endedAt: Number.POSITIVE_INFINITY,
    };
    log.push(entry);
    return (super.query(config, values) as Promise<unknown>).finally(() => {
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
