import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  createPrismaClient,
  prepareDatabase,
  routeReads,
  startEmbeddedPostgres,
  type Database,
} from '@principle-six/db';
import type { Config } from './config';
import { installJobQueue } from './jobs/queue';
import { ReadRouting } from './replica/read-routing';
import { ReplicaMonitor } from './replica/replica-monitor';

export interface OpenDatabase {
  /** What services use: the primary, with reads sent to the replica where `readRouting` allows. */
  db: Database;
  /** The primary itself, for what must never read a replica (sessions, rate-limit counts). */
  primary: Database;
  connectionString: string;
  embedded: boolean;
  /** Present with a read replica (DATABASE_REPLICA_URL). */
  replica: { monitor: ReplicaMonitor; routing: ReadRouting } | null;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PGlite database when there is none; then
 * applies migrations, syncs the taxonomy, installs the job queue's schema and, when asked, seeds
 * demo data.
 */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'demoData'> & Partial<Pick<Config, 'replicaUrl' | 'replicaMaxLagSeconds' | 'cookieSecure'>>,
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
  // Command-line tools (pnpm admin:grant) reach the embedded database through this process
  // while it runs: PGlite's files serve one process, its socket serves many.
  const advert = embedded ? advertiseEmbedded(config.dataDir, connectionString) : null;
  const replica = config.replicaUrl ? await openReplica(connectionString, db, { ...config, replicaUrl: config.replicaUrl }, log) : null;
  return {
    db: replica ? routeReads(db, replica.client, replica.routing) : db,
    primary: db,
    connectionString,
    embedded: embedded !== null,
    replica,
    async close() {
      advert?.remove();
      await replica?.close();
      await db.$disconnect();
      await embedded?.stop();
    },
  };
}

/**
 * The read replica's client and the monitor that says when it may be read. A replica that is
 * down at start is not fatal: reads go to the primary until it answers.
 */
async function openReplica(
  primaryUrl: string,
  primary: Database,
  config: { replicaUrl: string; replicaMaxLagSeconds?: number; cookieSecure?: boolean },
  log: (message: string) => void,
) {
  const maxLagSeconds = config.replicaMaxLagSeconds ?? 5;
  const monitor = new ReplicaMonitor({ primaryUrl, replicaUrl: config.replicaUrl, maxLagSeconds, log: (m) => log(`Replica: ${m}`) });
  await monitor.start();
  const client = createPrismaClient(config.replicaUrl, { maxConnections: 10 });
  const routing = new ReadRouting(monitor, primary, { maxLagSeconds, cookieSecure: config.cookieSecure ?? false });
  log(`Read replica at DATABASE_REPLICA_URL (${monitor.state().status}${monitor.reason ? `: ${monitor.reason}` : ''})`);
  return {
    client,
    monitor,
    routing,
    async close() {
      await monitor.stop();
      await client.$disconnect();
    },
  };
}

/** Where a running app says how to reach its embedded database (cli/cli-database.ts reads it). */
export function embeddedAdvertPath(dataDir: string): string {
  return path.join(dataDir, 'embedded-server.json');
}

function advertiseEmbedded(dataDir: string, connectionString: string) {
  const file = embeddedAdvertPath(dataDir);
  writeFileSync(file, JSON.stringify({ connectionString, pid: process.pid }), { mode: 0o600 });
  return { remove: () => rmSync(file, { force: true }) };
}
