import { Router } from 'express';
import type { Database } from '@principle-six/db';
import type { ReplicaStatus } from '../replica/replica-monitor';

export type JobWorkerState = 'running' | 'stopped' | 'off';

/** What the process knows about itself (main.ts answers): whether its job worker runs. */
export interface Readiness {
  /** `off` when this process is configured to run no worker (JOB_WORKER=off). */
  jobWorker: JobWorkerState;
  /**
   * The read replica, when one is configured. Shown, but never makes the process unready: reads
   * fall back to the primary while it is down or lagging.
   */
  replica?: ReplicaStatus;
  /** The process is shutting down: still answering, but a balancer should send it nothing new. */
  draining?: boolean;
}

export type DatabaseState = 'ok' | 'failed' | 'timed out';

export interface HealthOptions {
  db: Pick<Database, '$queryRaw'>;
  /** Left out: a process without a job worker. */
  readiness?: () => Readiness;
  /** How long `SELECT 1` may take before the database counts as not answering. */
  databaseTimeoutMs?: number;
  log?: (message: string) => void;
}

export const DATABASE_TIMEOUT_MS = 2000;

/**
 * `/healthz` is liveness: the process answers, and nothing else is asked (a database outage
 * must not get a healthy process restarted). `/readyz` is readiness: 200 only when the database
 * answers `SELECT 1` in time, the job worker runs where one is configured and the process is not
 * shutting down (draining: a balancer stops sending it work); otherwise 503 and
 * which check failed, never the error itself (that goes to the log, once per change).
 */
export function healthRouter(options: HealthOptions): Router {
  const router = Router();
  const checkDatabase = databaseCheck(options);

  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    const database = await checkDatabase();
    const { jobWorker = 'off', draining = false, replica } = options.readiness?.() ?? {};
    const ready = database === 'ok' && jobWorker !== 'stopped' && !draining;
    res
      .status(ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: ready ? 'ready' : 'not ready', checks: { database, jobWorker, ...(replica ? { replica } : {}), ...(draining ? { draining } : {}) } });
  });

  return router;
}

/**
 * `SELECT 1` within the time allowed. Probes share one query while it is outstanding, so a
 * flood of probes, or a database that hangs, never ties up more than one pool connection; a
 * query outstanding for five timeouts is given up on and a new one tried.
 */
function databaseCheck(options: HealthOptions): () => Promise<DatabaseState> {
  const timeoutMs = options.databaseTimeoutMs ?? DATABASE_TIMEOUT_MS;
  const log = options.log ?? ((message: string) => console.warn(`[health] ${message}`));
  let outstanding: { startedAt: number; answer: Promise<DatabaseState> } | null = null;
  let lastState: DatabaseState = 'ok';

  const query = () => {
    const startedAt = Date.now();
    const answer = options.db.$queryRaw`SELECT 1`.then(
      () => 'ok' as const,
      (error: unknown) => {
        note('failed', error instanceof Error ? error.message : String(error));
        return 'failed' as const;
      },
    );
    const entry = { startedAt, answer };
    void answer.finally(() => {
      if (outstanding === entry) outstanding = null;
    });
    return entry;
  };

  const note = (state: DatabaseState, detail = '') => {
    if (state === lastState) return;
    lastState = state;
    // Prisma's messages start with where the call was made; the last line says what happened.
    const what = detail.trim().split('\n').pop();
    log(state === 'ok' ? 'Database answers again.' : `Database check ${state}${what ? `: ${what}` : ''}`);
  };

  return async () => {
    if (!outstanding || Date.now() - outstanding.startedAt > 5 * timeoutMs) outstanding = query();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<DatabaseState>((resolve) => {
      timer = setTimeout(() => resolve('timed out'), timeoutMs);
    });
    const state = await Promise.race([outstanding.answer, timedOut]);
    clearTimeout(timer);
    note(state);
    return state;
  };
}
