import { parseCronItems, run, type Runner } from 'graphile-worker';
import type { Services } from '../services';
import { quietLogger } from './queue';
import { taskList } from './tasks';

export interface WorkerOptions {
  connectionString: string;
  /** Jobs run at once; matching is database-bound, so a few are enough. */
  concurrency?: number;
  /** How often to look for jobs when PostgreSQL's LISTEN/NOTIFY is not heard (PGlite). */
  pollIntervalMs?: number;
  /** The nightly open-data dumps; off in tests, which make them themselves. */
  dumps?: boolean;
  /** Hourly digest run; off in tests, which send digests themselves. */
  digests?: boolean;
  /**
   * Search's upkeep (folding word counts every 10 minutes, learning related words nightly); off
   * in tests, which run it themselves, so that no job is midway when a test's database goes.
   */
  searchUpkeep?: boolean;
}

/**
 * The job worker, run inside the API process (JOB_WORKER=off leaves it out). Several processes may
 * each run one: graphile-worker takes each job with FOR UPDATE SKIP LOCKED, so it runs once
 * (job-workers.int.test.ts), and a cron item is queued once per period by whichever worker wins
 * the conditional update of its row in known_crontabs. Inbox items a job writes reach
 * subscribers on every process through the live-events bus. graphile-worker's schema must be
 * installed first (installJobQueue).
 */
export async function startWorker(services: Services, options: WorkerOptions): Promise<Runner> {
  return run({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? 2,
    pollInterval: options.pollIntervalMs ?? 500,
    noHandleSignals: true,
    // The embedded PGlite is one session behind every pooled connection, so a statement the
    // worker prepares on one connection already exists on the next and the second PREPARE fails
    // (seen when the digest cron and a match job completed together). Unnamed statements work
    // on both databases.
    noPreparedStatements: true,
    logger: quietLogger,
    taskList: taskList(services),
    // Digests are due daily or weekly per person; an hourly look sends each soon after it is due.
    parsedCronItems: parseCronItems([
      ...(options.digests === false ? [] : [{ task: 'send-digests', match: '7 * * * *' }]),
      // Referrals that have waited 7 days on their receiver: an hourly look reminds soon after.
      { task: 'remind-referrals', match: '17 * * * *' },
      // Meetings within a day: every quarter hour, so a meeting set up at short notice is not missed.
      { task: 'remind-meetings', match: '*/15 * * * *' },
      // The whole directory as open-data files, at night when the database is quiet.
      ...(options.dumps === false ? [] : [{ task: 'dump-directory', match: '41 2 * * *' }]),
      // Rate-limit windows that have ended.
      { task: 'sweep-expired', match: '37 * * * *' },
      ...(options.searchUpkeep === false
        ? []
        : [
            // Search's word counts are kept as rows of changes; fold them so reading stays one row a word.
            { task: 'compact-search-counts', match: '*/10 * * * *' },
            // Related words learned from profiles: nightly, as profiles change slowly.
            { task: 'learn-related-words', match: '23 3 * * *' },
          ]),
    ]),
  });
}
