import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startBalancer, type Balancer } from '../../bench/balancer';
import { verifyEmail } from './support/business';
import { signUp } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';
import { TestClient } from './support/test-client';

/**
 * Two API servers behind nginx with deploy/nginx's configuration, started as `pnpm scale:up`
 * starts it (packages/devtools/bin/balancer.cjs; nginx from Debian, installed by
 * ensure-nginx.sh). The servers share one database, so a session or a rate-limit count made
 * through one holds on the other.
 */

/** A stand-in for the web app's build: the API's page template and one hashed script. */
function fakeBuild(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'p6-dist-'));
  chmodSync(dist, 0o755); // nginx's workers (nobody, when started as root) read it, as they read a real build
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html><head><title>Principle Six</title></head><body><div id="root"></div></body></html>');
  writeFileSync(path.join(dist, 'assets', 'app-Bx12cd34.js'), `export const words = ${JSON.stringify('co-operation among co-operatives '.repeat(400))};\n`);
  writeFileSync(path.join(dist, 'assets', 'app-Bx12cd34.js.map'), '{"version":3}');
  return dist;
}

/** A GET from a given loopback address (the balancer sees different clients), with any headers. */
function getFrom(localAddress: string, url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { localAddress, headers }, (response) => {
      let body = '';
      response.setEncoding('latin1');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    request.on('error', reject);
  });
}

let dist: string;
let first: TestApi;
let second: TestApi;
let secondStopped = false;
let balancer: Balancer;

beforeAll(async () => {
  dist = fakeBuild();
  // Shared counts (the database store), real limits (no headroom), the balancer believed.
  const shared = { services: { rateLimitStore: 'database' as const, rateLimitHeadroom: 1 }, server: { trustProxy: ['loopback'], webDist: dist, socketCaps: { perSession: 10, perAddress: 1 } } };
  first = await startTestApi('postgres', shared);
  second = await startTestApi('postgres', { ...shared, database: first.url });
  const ports = [first, second].map((api) => Number(new URL(api.endpoint).port));
  balancer = await startBalancer(ports, { webDist: dist });
}, 60_000);

afterAll(async () => {
  await balancer?.stop();
  if (!secondStopped) await second?.close();
  await first?.close();
  rmSync(dist, { recursive: true, force: true });
});

/** The upstreams nginx used, from its access log (flushed by SIGUSR1, which reopens it). */
async function upstreamsUsed(): Promise<Set<string>> {
  process.kill(Number(readFileSync(path.join(balancer.runDir, 'nginx.pid'), 'utf8')), 'SIGUSR1');
  await new Promise((resolve) => setTimeout(resolve, 500));
  const log = readFileSync(path.join(balancer.runDir, 'access.log'), 'utf8');
  return new Set([...log.matchAll(/upstream=(\S+)/g)].map((m) => m[1]!).filter((u) => u !== '-'));
}

describe('the nginx balancer', () => {
  it('passes GraphQL to both API processes', async () => {
    const client = new TestClient(`${balancer.url}/graphql`);
    for (let i = 0; i < 8; i += 1) expect((await client.data(`{ __typename }`)).__typename).toBe('Query');
    const used = await upstreamsUsed();
    expect(used).toEqual(new Set([first, second].map((api) => new URL(api.endpoint).host)));
  });

  it('carries a session made through one process to the other, and subscriptions over WebSocket', async () => {
    const client = new TestClient(`${balancer.url}/graphql`);
    const person = await signUp(client, 'Balanced');
    await verifyEmail(first.db, person.id);
    for (let i = 0; i < 4; i += 1) expect((await client.data(`{ viewer { user { id } } }`)).viewer.user.id).toBe(person.id);

    const cookie = client.sessionCookie!;
    const socket = createClient({
      url: `${balancer.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie } });
        }
      },
      retryAttempts: 0,
    });
    try {
      const acknowledged = new Promise<void>((resolve, reject) => {
        socket.on('connected', () => resolve());
        socket.on('closed', (event) => reject(new Error(`socket closed: ${(event as { code?: number }).code}`)));
      });
      socket.subscribe({ query: 'subscription { inbox { __typename } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      await acknowledged;
    } finally {
      await socket.dispose();
    }
  });

  it('counts rate limits per client, as nginx saw it, whatever X-Forwarded-For the client sends', async () => {
    const exportUrl = `${balancer.url}/exports/directory.csv`;
    // 'GET directory export' allows 30 an hour per address, counted across both processes.
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) statuses.push((await getFrom('127.0.0.2', exportUrl)).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
    // Naming another address does not start a fresh count: nginx replaces the header.
    expect((await getFrom('127.0.0.2', exportUrl, { 'x-forwarded-for': '203.0.113.9' })).status).toBe(429);
    // Another client behind the same balancer has its own count.
    expect((await getFrom('127.0.0.3', exportUrl)).status).toBe(200);
  });

  it('counts open sockets per client too: the WebSocket upgrade believes the balancer as HTTP does', async () => {
    const client = new TestClient(`${balancer.url}/graphql`);
    await signUp(client, 'Sockets');
    const cookie = client.sessionCookie!;
    const open = (localAddress: string) =>
      new Promise<{ socket: WebSocket; status: number }>((resolve, reject) => {
        const socket = new WebSocket(`${balancer.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { localAddress, headers: { cookie } });
        socket.once('open', () => resolve({ socket, status: 101 }));
        socket.once('unexpected-response', (_request, response) => resolve({ socket, status: response.statusCode ?? 0 }));
        socket.once('error', reject);
      });
    const first = await open('127.0.0.2');
    const other = await open('127.0.0.3');
    const second = await open('127.0.0.2');
    try {
      // One socket per address here (socketCaps.perAddress 1): two clients behind nginx are two addresses.
      expect([first.status, other.status, second.status]).toEqual([101, 101, 429]);
    } finally {
      for (const { socket } of [first, other, second]) socket.terminate();
    }
  });

  it('serves the build itself: compressed, cached for a year, never a source map; pages come from the API', async () => {
    const script = await getFrom('127.0.0.1', `${balancer.url}/assets/app-Bx12cd34.js`, { 'accept-encoding': 'br, gzip' });
    expect(script.status).toBe(200);
    expect(['br', 'gzip']).toContain(script.headers['content-encoding']);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.headers['x-content-type-options']).toBe('nosniff');
    expect((await getFrom('127.0.0.1', `${balancer.url}/assets/app-Bx12cd34.js.map`)).status).toBe(404);
    expect((await getFrom('127.0.0.1', `${balancer.url}/assets/missing-00000000.js`)).status).toBe(404);

    const page = await getFrom('127.0.0.1', `${balancer.url}/search`);
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.body).toContain('og:title'); // the API's page meta, not the bare template
  });

  it('keeps answering when one API process stops', async () => {
    await second.close();
    secondStopped = true;
    const client = new TestClient(`${balancer.url}/graphql`);
    const results = [];
    for (let i = 0; i < 10; i += 1) results.push(await client.request(`{ __typename }`));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
  });
});
