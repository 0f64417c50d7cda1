import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config';
import { openDatabase } from './database';
import { startServer } from './server';

const log = (message: string) => console.log(`[principle-six] ${message}`);

async function main() {
  const config = loadConfig();
  const database = await openDatabase(config, log);
  const server = await startServer({ ...config, db: database.db });
  log(`Ready at ${server.url}`);
  if (!config.webDist || !existsSync(path.join(config.webDist, 'index.html'))) {
    log('The web app is not built (pnpm build); only /graphql is served.');
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    await server.close();
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
