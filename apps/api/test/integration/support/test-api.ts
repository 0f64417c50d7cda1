import { createPrismaClient, type Database } from '@principle-six/db';
import type { Runner } from 'graphile-worker';
import { startWorker } from '../../../src/jobs/worker';
import { startServer } from '../../../src/server';
import { createServices, type Services } from '../../../src/services';
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
  options: { worker?: boolean } = {},
): Promise<TestApi> {
  let dbName: string | null = null;
  let url: string;
  if (backend === 'postgres') {
    dbName = await createDatabaseFromTemplate(process.env.P6_TEST_TEMPLATE!);
    url = databaseUrl(dbName);
  } else {
    url = process.env.P6_TEST_PGLITE_URL!;
  }
  const db = createPrismaClient(url, { maxConnections: backend === 'pglite' ? 1 : 4 });
  const services = createServices(db);
  const server = await startServer({
    db,
    services,
    port: 0,
    host: '127.0.0.1',
    cookieSecure: false,
    webDist: null,
    production: false,
  });
  const endpoint = `${server.url}/graphql`;
  // Matching runs in the background as in the app; tests that check matches start the worker.
  const worker: Runner | null = options.worker
    ? await startWorker(services, { connectionString: url, pollIntervalMs: 100, digests: false })
    : null;
  return {
    db,
    services,
    url,
    endpoint,
    client: () => new TestClient(endpoint),
    async close() {
      await worker?.stop();
      await server.close();
      await db.$disconnect();
      if (dbName) await dropDatabase(dbName);
    },
  };
}
