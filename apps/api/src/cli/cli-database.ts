import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { applyMigrations, createPrismaClient, startEmbeddedPostgres, type Database } from '@principle-six/db';
import type { Config } from '../config';
import { embeddedAdvertPath } from '../database';

export interface CliDatabase {
  db: Database;
  /** Where it came from, for the command's first line. */
  describe: string;
  close(): Promise<void>;
}

/**
 * The database a small command works on, without the app's start-up work (demo data, job queue):
 * DATABASE_URL; else the embedded database of the app running on DATA_DIR, through the socket
 * it advertises; else the embedded database's files, opened here (the app must not be running).
 * Migrations are applied first, as the app would (a no-op when they are all there).
 */
export async function openCliDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<CliDatabase> {
  if (config.databaseUrl) return connect(config.databaseUrl, 'PostgreSQL at DATABASE_URL', async () => {});
  const running = await runningApp(config.dataDir);
  if (running) return connect(running, `the running app's embedded database in ${config.dataDir}`, async () => {});
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pglite') });
  return connect(embedded.connectionString, `the embedded database in ${config.dataDir}`, () => embedded.stop());
}

async function connect(url: string, describe: string, stop: () => Promise<void>): Promise<CliDatabase> {
  try {
    await applyMigrations(url);
  } catch (error) {
    await stop();
    throw error;
  }
  const db = createPrismaClient(url, { maxConnections: 1 });
  return {
    db,
    describe,
    async close() {
      await db.$disconnect();
      await stop();
    },
  };
}

/**
 * The embedded database of the app running on this data directory, through its socket; null
 * when no app runs there. (Opening the files beside a running app corrupts them.)
 */
export async function openRunningApp(dataDir: string): Promise<CliDatabase | null> {
  const running = await runningApp(dataDir);
  return running ? connect(running, `the running app's embedded database in ${dataDir}`, async () => {}) : null;
}

/** The advertised socket of an app running on this data directory, if it answers. */
async function runningApp(dataDir: string): Promise<string | null> {
  const file = embeddedAdvertPath(dataDir);
  if (!existsSync(file)) return null;
  let advert: { connectionString?: unknown; pid?: unknown };
  try {
    advert = JSON.parse(readFileSync(file, 'utf8')) as typeof advert;
  } catch {
    return null;
  }
  if (typeof advert.connectionString !== 'string' || typeof advert.pid !== 'number' || !alive(advert.pid)) return null;
  const client = new Client({ connectionString: advert.connectionString, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return advert.connectionString;
  } catch {
    // Its process is there but its database does not answer: opening the files too would corrupt them.
    throw new Error(`The app on ${dataDir} (process ${advert.pid}) is running but its database did not answer; try again, or stop the app first.`);
  } finally {
    await client.end().catch(() => {});
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
