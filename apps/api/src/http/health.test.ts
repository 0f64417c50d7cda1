import type { AddressInfo } from 'node:net';
import express from 'express';
import { healthRouter, type HealthOptions, type Readiness } from './health';

/** A stand-in for the Prisma client: `SELECT 1` answers as each test says. */
function fakeDb(answer: () => Promise<unknown>) {
  const calls = { count: 0 };
  const db = {
    $queryRaw: () => {
      calls.count++;
      return answer();
    },
  } as unknown as HealthOptions['db'];
  return { db, calls };
}

async function serve(options: HealthOptions) {
  const app = express().use(healthRouter(options));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string) => {
    const response = await fetch(url + path);
    return { status: response.status, body: (await response.json()) as unknown, cache: response.headers.get('cache-control') };
  };
  return { get, close: () => new Promise((resolve) => server.close(resolve)) };
}

const logs: string[] = [];
const log = (message: string) => logs.push(message);
const never = () => new Promise<unknown>(() => {});

describe('health endpoints', () => {
  beforeEach(() => logs.splice(0));

  it('/healthz answers without asking the database', async () => {
    const { db, calls } = fakeDb(never);
    const server = await serve({ db, log });
    try {
      expect(await server.get('/healthz')).toEqual({ status: 200, body: { status: 'ok' }, cache: 'no-store' });
      expect(calls.count).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('/readyz is 200 when the database answers and the worker runs, or none is configured', async () => {
    const { db } = fakeDb(async () => [{ '?column?': 1 }]);
    for (const jobWorker of ['running', 'off'] as const) {
      const server = await serve({ db, log, readiness: () => ({ jobWorker }) });
      try {
        expect(await server.get('/readyz')).toMatchObject({
          status: 200,
          body: { status: 'ready', checks: { database: 'ok', jobWorker } },
        });
      } finally {
        await server.close();
      }
    }
    const noWorker = await serve({ db, log });
    try {
      expect((await noWorker.get('/readyz')).body).toEqual({ status: 'ready', checks: { database: 'ok', jobWorker: 'off' } });
    } finally {
      await noWorker.close();
    }
  });

  it('/readyz is 503 when the configured worker has stopped', async () => {
    const { db } = fakeDb(async () => []);
    const server = await serve({ db, log, readiness: (): Readiness => ({ jobWorker: 'stopped' }) });
    try {
      expect(await server.get('/readyz')).toEqual({
        status: 503,
        body: { status: 'not ready', checks: { database: 'ok', jobWorker: 'stopped' } },
        cache: 'no-store',
      });
    } finally {
      await server.close();
    }
  });

  it('/readyz is 503 while the process drains before stopping, though all else is well', async () => {
    const { db } = fakeDb(async () => []);
    const server = await serve({ db, log, readiness: (): Readiness => ({ jobWorker: 'running', draining: true }) });
    try {
      expect(await server.get('/readyz')).toEqual({
        status: 503,
        body: { status: 'not ready', checks: { database: 'ok', jobWorker: 'running', draining: true } },
        cache: 'no-store',
      });
    } finally {
      await server.close();
    }
  });

  it('/readyz is 503 when the database fails, naming the check and not the error', async () => {
    const { db } = fakeDb(async () => {
      throw new Error('connect ECONNREFUSED 10.1.2.3:5432 password=hunter2');
    });
    const server = await serve({ db, log, readiness: () => ({ jobWorker: 'running' }) });
    try {
      const answer = await server.get('/readyz');
      expect(answer).toMatchObject({ status: 503, body: { status: 'not ready', checks: { database: 'failed', jobWorker: 'running' } } });
      expect(JSON.stringify(answer.body)).not.toMatch(/ECONNREFUSED|hunter2/);
      expect(logs).toEqual(['Database check failed: connect ECONNREFUSED 10.1.2.3:5432 password=hunter2']);
      await server.get('/readyz');
      expect(logs).toHaveLength(1); // logged once per change, not per probe
    } finally {
      await server.close();
    }
  });

  it('/readyz is 503 when the database does not answer in time, and probes share one query', async () => {
    const { db, calls } = fakeDb(never);
    const server = await serve({ db, log, databaseTimeoutMs: 100 });
    try {
      const answers = await Promise.all([server.get('/readyz'), server.get('/readyz'), server.get('/readyz')]);
      for (const answer of answers) {
        expect(answer).toMatchObject({ status: 503, body: { checks: { database: 'timed out' } } });
      }
      await server.get('/readyz');
      expect(calls.count).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('reports recovery once the database answers again', async () => {
    let up = false;
    const { db } = fakeDb(async () => {
      if (!up) throw new Error('down');
      return [];
    });
    const server = await serve({ db, log });
    try {
      expect((await server.get('/readyz')).status).toBe(503);
      up = true;
      expect((await server.get('/readyz')).status).toBe(200);
      expect(logs).toEqual(['Database check failed: down', 'Database answers again.']);
    } finally {
      await server.close();
    }
  });
});
