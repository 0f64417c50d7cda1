import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Runner } from 'graphile-worker';
import { loadConfig } from './config';
import { openDatabase } from './database';
import type { JobWorkerState } from './http/health';
import { startWorker } from './jobs/worker';
import { queueNeverMatched } from './modules/matching/catch-up';
import { startServer } from './server';
import { createServices } from './services';

const log = (message: string) => console.log(`[principle-six] ${message}`);
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function main() {
  const config = loadConfig();
  const database = await openDatabase(config, log);
  const services = createServices(database.db, { ...config, primary: database.primary, log });
  let worker: Runner | null = null;
  let workerState: JobWorkerState = config.jobWorker ? 'stopped' : 'off';
  const server = await startServer({
    ...config,
    db: database.db,
    services,
    readiness: () => ({ jobWorker: workerState, ...(database.replica ? { replica: database.replica.monitor.state().status } : {}) }),
    readRouting: database.replica?.routing,
  });

  let stopping = false;
  const stop = async (why: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    log(`${why}: shutting down`);
    try {
      // Not ready (503) at once, subscription sockets closed with 1012 so their pages reconnect
      // to another process; HTTP still served while a balancer notices, then in-flight requests
      // finish and the listener closes.
      server.drain();
      if (config.shutdownDrainMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownDrainMs));
      await server.close();
      await worker?.stop().catch(() => {}); // already stopped when it failed
      await database.close();
    } catch (error) {
      console.error('[principle-six] Could not shut down cleanly:', reason(error));
      exitCode = exitCode || 1;
    }
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));

  if (config.jobWorker) {
    worker = await startWorker(services, { connectionString: database.connectionString });
    workerState = 'running';
    await services.search.learnIfNeverLearned();
    const queued = await queueNeverMatched(database.db);
    if (queued.needs + queued.offers) log(`Matching ${queued.needs} needs and ${queued.offers} offers not matched yet`);
    // A new install has its open-data dumps from the start, not from the first night (one job,
    // by its key, however many processes start at once).
    if (!(await services.directoryDumps.latest('csv'))) await worker.addJob('dump-directory', {}, { jobKey: 'dump-directory' });
    // The worker only stops by itself on an error it cannot recover from. Without it nothing is
    // matched or mailed, so the process exits non-zero and its supervisor starts a fresh one.
    worker.promise.then(
      () => {
        workerState = 'stopped';
        void stop('The job worker stopped', 1);
      },
      (error: unknown) => {
        workerState = 'stopped';
        void stop(`The job worker failed (${reason(error)})`, 1);
      },
    );
  }
  log(`Ready at ${server.url}${worker ? '' : ' (job worker off: JOB_WORKER=off)'}`);
  if (services.mailer.capturing) {
    log('Emails are captured and logged, not sent (set SMTP_URL to send them).');
    if (config.devMailbox) log(`Captured mail, with email confirmation links: ${server.url}/dev/mailbox`);
  }
  if (!config.webDist || !existsSync(path.join(config.webDist, 'index.html'))) {
    log('The web app is not built (pnpm build); only /graphql is served.');
  }
}

main().catch((error: unknown) => {
  console.error('[principle-six] Could not start:', reason(error));
  process.exit(1);
});
