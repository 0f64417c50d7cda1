import path from 'node:path';
import {
  createPrismaClient,
  prepareDatabase,
  startEmbeddedPostgres,
  type Database,
} from '@principle-six/db';
import type { Config } from './config';
import { installJobQueue } from './jobs/queue';

export interface OpenDatabase {
  db: Database;
  connectionString: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PGlite database when there is none; then
 * applies migrations, syncs the taxonomy, installs the job queue's schema and, when asked, seeds
 * demo data.
 */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'demoData'>,
  log: (message: string) => void = () => {},
): Promise<OpenDatabase> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pglite') });
  const connectionString = config.databaseUrl ?? embedded!.connectionString;
  log(embedded ? `Embedded PostgreSQL (PGlite) in ${config.dataDir}` : 'PostgreSQL at DATABASE_URL');

  // PGlite runs one statement at a time however many connections it serves, and its socket
  // server can interleave two connections' unnamed statements (Parse on one, Bind on the other:
  // "bind message supplies 9 parameters, but prepared statement "" requires 2", seen when the
  // search page asked for results and tab counts at once). One connection queues them in order,
  // as the embedded integration tests always have.
  const db = createPrismaClient(connectionString, { maxConnections: embedded ? 1 : 10 });
  try {
    const result = await prepareDatabase(connectionString, db, { seedDemo: config.demoData });
    if (result.migrated) log('Applied database migrations');
    if (result.demoCoopsCreated) log(`Added ${result.demoCoopsCreated} generated demo co-ops`);
    await installJobQueue(connectionString);
  } catch (error) {
    await db.$disconnect();
    await embedded?.stop();
    throw error;
  }
  return {
    db,
    connectionString,
    embedded: embedded !== null,
    async close() {
      await db.$disconnect();
      await embedded?.stop();
    },
  };
}
