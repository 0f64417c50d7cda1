import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config';
import { openDatabase } from './database';
import { startWorker } from './jobs/worker';
import { startServer } from './server';
import { createServices } from './services';

const log = (message: string) => console.log(`[principle-six] ${message}`);

async function main() {
  const config = loadConfig();
  const database = await openDatabase(config, log);
  const services = createServices(database.db, { ...config, log });
  const server = await startServer({ ...config, db: database.db, services });
  const worker = config.jobWorker
    ? await startWorker(services, { connectionString: database.connectionString })
    : null;
  log(`Ready at ${server.url}${worker ? '' : ' (job worker off: JOB_WORKER=off)'}`);
  if (services.mailer.capturing) log('Emails are captured and logged, not sent (set SMTP_URL to send them).');
  if (!config.webDist || !existsSync(path.join(config.webDist, 'index.html'))) {
    log('The web app is not built (pnpm build); only /graphql is served.');
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    await server.close();
    await worker?.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('[principle-six] Could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
