import { Prisma } from '@principle-six/db';
import { Logger, runMigrations } from 'graphile-worker';

/**
 * The background jobs, kept in PostgreSQL by graphile-worker. Jobs are added with its SQL
 * function inside the transaction that makes them necessary, so a need is never saved without
 * its matching job, nor matched when its save rolled back.
 */
export type JobName = 'match-need' | 'match-offer' | 'expire-need' | 'expire-offer' | 'send-digests';

export interface JobOptions {
  /** A job with the same key still waiting is replaced, so edits in quick succession match once. */
  jobKey?: string;
  runAt?: Date;
}

/** Anything Prisma can run raw SQL on: the client or a transaction. */
type Sql = Pick<Prisma.TransactionClient, '$executeRaw'>;

export async function enqueue(sql: Sql, name: JobName, payload: object, options: JobOptions = {}): Promise<void> {
  await sql.$executeRaw`
    SELECT graphile_worker.add_job(
      ${name}, ${JSON.stringify(payload)}::json,
      job_key := ${options.jobKey ?? null}::text,
      run_at := ${options.runAt ?? null}::timestamptz,
      max_attempts := 5)`;
}

/** graphile-worker's own schema (graphile_worker.*), installed or brought up to date. */
export async function installJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: quietLogger });
}

/** graphile-worker logs every job at info level; only warnings and errors are worth a line. */
export const quietLogger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') console.warn(`[jobs] ${message}`);
});
