import { createPrismaClient, type Database } from '@principle-six/db';
import type { Runner } from 'graphile-worker';
import type { JobWorkerState } from '../../src/http/health';
import { startWorker } from '../../src/jobs/worker';
import { startServer, type RunningServer } from '../../src/server';
import { createServices } from '../../src/services';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase } from './support/postgres';

const serve = (db: Database, readiness?: () => { jobWorker: JobWorkerState }) =>
  startServer({ db, readiness, port: 0, host: '127.0.0.1', cookieSecure: false, webDist: null, production: true });

async function get(server: RunningServer, path: string) {
  const response = await fetch(server.url + path);
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('/healthz and /readyz', () => {
  it('are both 200 with the database up and the job worker running; /readyz is 503 once the worker stops', async () => {
    const name = await createDatabaseFromTemplate(process.env.P6_TEST_TEMPLATE!);
    const db = createPrismaClient(databaseUrl(name), { maxConnections: 2 });
    let worker: Runner | null = null;
    let jobWorker: JobWorkerState = 'stopped';
    const server = await serve(db, () => ({ jobWorker }));
    try {
      expect(await get(server, '/readyz')).toEqual({
        status: 503,
        body: { status: 'not ready', checks: { database: 'ok', jobWorker: 'stopped' } },
      });
      worker = await startWorker(createServices(db), { connectionString: databaseUrl(name), digests: false });
      jobWorker = 'running';
      expect(await get(server, '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
      expect(await get(server, '/readyz')).toEqual({
        status: 200,
        body: { status: 'ready', checks: { database: 'ok', jobWorker: 'running' } },
      });
      await worker.stop();
      worker = null;
      jobWorker = 'stopped';
      expect((await get(server, '/readyz')).status).toBe(503);
    } finally {
      await worker?.stop();
      await server.close();
      await db.$disconnect();
      await dropDatabase(name);
    }
  });

  it('without a worker in the process, readiness is the database alone', async () => {
    const name = await createDatabaseFromTemplate(process.env.P6_TEST_TEMPLATE!);
    const db = createPrismaClient(databaseUrl(name), { maxConnections: 2 });
    const server = await serve(db);
    try {
      expect(await get(server, '/readyz')).toEqual({ status: 200, body: { status: 'ready', checks: { database: 'ok', jobWorker: 'off' } } });
    } finally {
      await server.close();
      await db.$disconnect();
      await dropDatabase(name);
    }
  });

  it('/readyz is 503 and /healthz still 200 when the database was dropped under the server', async () => {
    const name = await createDatabaseFromTemplate(process.env.P6_TEST_TEMPLATE!);
    const db = createPrismaClient(databaseUrl(name), { maxConnections: 2 });
    const server = await serve(db, () => ({ jobWorker: 'running' }));
    try {
      expect((await get(server, '/readyz')).status).toBe(200);
      await dropDatabase(name);
      expect(await get(server, '/readyz')).toEqual({
        status: 503,
        body: { status: 'not ready', checks: { database: 'failed', jobWorker: 'running' } },
      });
      expect(await get(server, '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    } finally {
      await server.close();
      await db.$disconnect();
      await dropDatabase(name);
    }
  });

  it('/readyz is 503 and /healthz still 200 when nothing listens on the database port', async () => {
    const db = createPrismaClient('postgresql://postgres@127.0.0.1:1/nothing', { maxConnections: 1 });
    const server = await serve(db, () => ({ jobWorker: 'off' }));
    try {
      const ready = await get(server, '/readyz');
      expect(ready).toEqual({ status: 503, body: { status: 'not ready', checks: { database: 'failed', jobWorker: 'off' } } });
      expect(await get(server, '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    } finally {
      await server.close();
      await db.$disconnect();
    }
  });
});
