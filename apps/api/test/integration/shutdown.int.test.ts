import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createPrismaClient } from '@principle-six/db';
import { startApiProcess, stopProcess } from '../../bench/api-process';
import { SessionStore } from '../../src/auth/sessions';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase } from './support/postgres';

const API_DIR = path.resolve(__dirname, '../..');

/**
 * `npm start` as a person runs it (embedded database), stopped the way a terminal or a service
 * manager stops it. It once printed "shutting down" and hung: Apollo's own signal handlers raced ours.
 */
describe('stopping the app', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('exits cleanly on %s after serving a request', async (signal) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'p6-shutdown-'));
    // Not Jest's NODE_ENV=test, under which Apollo leaves signals alone and the bug hid.
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', PORT: '0', DATA_DIR: dataDir, DEMO_DATA: 'off', WEB_DIST: '' };
    delete env.DATABASE_URL; // the embedded database, as `npm start` runs it
    // As the start script runs it: through the tsx wrapper, which passes signals on.
    const child = spawn(path.join(API_DIR, 'node_modules/.bin/tsx'), ['src/main.ts'], {
      cwd: API_DIR,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stdout!.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const ready = /Ready at (\S+)/.exec(output);
          if (ready) resolve(ready[1]!);
        });
        child.once('exit', () => reject(new Error(`stopped before it was ready:\n${output}`)));
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      child.kill(signal);
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});

/**
 * Issue 17: one of several API processes stopped by its supervisor (SIGTERM). While it drains it
 * answers /readyz with 503 (a balancer stops sending it work), closes subscription sockets with
 * 1012, which graphql-ws clients retry (to another process, through the balancer), then exits.
 */
describe('draining one of several API processes', () => {
  it('says not ready, closes sockets with 1012 (retried by the client) and exits cleanly', async () => {
    const name = await createDatabaseFromTemplate(process.env.P6_TEST_TEMPLATE!);
    const url = databaseUrl(name);
    const db = createPrismaClient(url, { maxConnections: 1 });
    const user = await db.user.create({ data: { email: `drain-${process.pid}@example.coop`, displayName: 'Drain', passwordHash: 'x', emailVerifiedAt: new Date() } });
    const cookie = `p6_session=${(await new SessionStore(db).create(user.id)).token}`;
    const api = await startApiProcess({ DATABASE_URL: url, JOB_WORKER: 'off', HOST: '127.0.0.1', SHUTDOWN_DRAIN_MS: '1500' });
    const closes: number[] = [];
    let connecting = 0;
    const ws = createClient({
      url: `${api.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie } });
        }
      },
      // The web app's choice (apps/web/src/app/apollo.ts) but for the waits: retry fast here.
      retryAttempts: 3,
      retryWait: () => new Promise((resolve) => setTimeout(resolve, 100)),
      on: { closed: (event) => closes.push((event as { code: number }).code), connecting: () => (connecting += 1) },
    });
    try {
      let acknowledged = false;
      ws.on('connected', () => (acknowledged = true));
      ws.subscribe({ query: 'subscription { inbox { notification { id } } }' }, { next: () => {}, error: () => {}, complete: () => {} });
      for (const deadline = Date.now() + 10_000; !acknowledged; ) {
        if (Date.now() > deadline) throw new Error('The subscription socket was not acknowledged');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
      const exited = new Promise<number | null>((resolve) => api.child.once('exit', (code) => resolve(code)));
      api.child.kill('SIGTERM');
      for (const deadline = Date.now() + 5000; closes.length === 0; ) {
        if (Date.now() > deadline) throw new Error('The socket was not closed');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(closes[0]).toBe(1012);
      // Still answering while it drains, but not ready.
      const ready = await fetch(`${api.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'not ready', checks: { draining: true } });
      // The client tries again (1012 is not fatal to graphql-ws), and is refused here.
      for (const deadline = Date.now() + 5000; connecting < 2; ) {
        if (Date.now() > deadline) throw new Error('The client did not try to reconnect');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(await exited).toBe(0);
    } finally {
      await ws.dispose();
      await stopProcess(api.child, 'SIGKILL');
      await db.$disconnect();
      await dropDatabase(name);
    }
  }, 90_000);
});
