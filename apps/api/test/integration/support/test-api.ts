import { createPrismaClient, type Database } from '@principle-six/db';
import type { Runner } from 'graphile-worker';
import { startWorker } from '../../../src/jobs/worker';
import { startServer, type ServerOptions } from '../../../src/server';
import { DEFAULT_SERVICE_SETTINGS, createServices, type ServiceSettings, type Services } from '../../../src/services';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase } from './postgres';
import { TestClient } from './test-client';

export interface TestApi {
  db: Database;
  services: Services;
  /** The database's connection string. */
  url: string;
  /** A new client: a separate browser with its own session. */
  client(): TestClient;
  endpoint: string;
  close(): Promise<void>;
}

/**
 * The real API over real HTTP, on its own database: a copy of the migrated template on the
 * PostgreSQL server, or the run's embedded PGlite.
 */
export async function startTestApi(
  backend: 'postgres' | 'pglite' = 'postgres',
  options: {
    worker?: boolean;
    services?: Partial<ServiceSettings>;
    /** Serve this database (another test API's) instead of a fresh one. */
    database?: string;
    /** Pass live news (inbox items, pitch rounds) through the database (LISTEN/NOTIFY), as several API processes do. */
    crossProcess?: boolean;
    /** Server settings to change (production mode, allowed origins, socket caps...). */
    server?: Partial<ServerOptions>;
  } = {},
): Promise<TestApi> {
  let dbName: string | null = null;
  let url: string;
  if (options.database) {
    url = options.database;
  } else if (backend === 'postgres') {
    dbName = await createDatabaseFromTemplate(process.env.P6_TEST_TEMPLATE!);
    url = databaseUrl(dbName);
  } else {
    url = process.env.P6_TEST_PGLITE_URL!;
  }
  const db = createPrismaClient(url, { maxConnections: backend === 'pglite' ? 1 : 4 });
  // Suites about other things get 1,000 times the rate limits: one test client signs up and
  // posts far more than a person would. rate-limits.int.test.ts passes headroom 1.
  const services = createServices(db, {
    ...DEFAULT_SERVICE_SETTINGS,
    rateLimitHeadroom: 1000,
    liveEventsUrl: options.crossProcess ? url : null,
    ...options.services,
  });
  const server = await startServer({
    db,
    services,
    port: 0,
    host: '127.0.0.1',
    cookieSecure: false,
    webDist: null,
    production: false,
    ...options.server,
  });
  const endpoint = `${server.url}/graphql`;
  // Matching runs in the background as in the app; tests that check matches start the worker.
  const worker: Runner | null = options.worker
    ? await startWorker(services, { connectionString: url, pollIntervalMs: 100, digests: false, searchUpkeep: false, dumps: false })
    : null;
  return {
    db,
    services,
    url,
    endpoint,
    client: () => new TestClient(endpoint),
    async close() {
      await worker?.stop();
      // stop() asks; the runner's promise settles once its pool has let go of every connection.
      // Dropping the database before that terminated a still-open connection (an unhandled error
      // that failed a suite after its tests had passed).
      await worker?.promise.catch(() => {});
      await server.close();
      await db.$disconnect();
      if (dbName) await dropDatabase(dbName);
    },
  };
}
