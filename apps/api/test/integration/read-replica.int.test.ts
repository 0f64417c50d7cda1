import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPrismaClient, databaseUrlOn, routeReads, withConnection } from '@principle-six/db';
import { openDatabase, type OpenDatabase } from '../../src/database';
import { startServer, type RunningServer } from '../../src/server';
import { DEFAULT_SERVICE_SETTINGS, createServices } from '../../src/services';
import { verifyEmail } from './support/business';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase } from './support/postgres';
import { COOP, UPDATE_COOP, createCoop, signUp } from './support/scenarios';
import { TestClient } from './support/test-client';

/**
 * Reads on a streaming replica (issue 17), against the hot standby that
 * packages/devtools/bin/ensure-replica.sh keeps on 127.0.0.1:5433 (`npm test` starts it; so does
 * `pnpm replica:up`). A lagging replica is made by pausing its replay (pg_wal_replay_pause).
 * Only this file reads from the replica, so pausing it disturbs no other suite.
 */
const REPLICA_ADMIN_URL = process.env.TEST_REPLICA_URL ?? 'postgresql://postgres@127.0.0.1:5433/postgres';
const onReplica = (sql: string, values: unknown[] = []) => withConnection(REPLICA_ADMIN_URL, (c) => c.query(sql, values));

let name: string;
let primaryUrl: string;
const opened: { database: OpenDatabase; server: RunningServer; dataDir: string }[] = [];

/** The API as main.ts assembles it, on this suite's database with the replica configured. */
async function startApi(replicaUrl: string, replicaMaxLagSeconds: number) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'p6-replica-'));
  const database = await openDatabase({ databaseUrl: primaryUrl, replicaUrl, replicaMaxLagSeconds, dataDir, demoData: false, cookieSecure: false });
  const services = createServices(database.db, { ...DEFAULT_SERVICE_SETTINGS, primary: database.primary, rateLimitHeadroom: 1000 });
  const server = await startServer({
    db: database.db,
    services,
    port: 0,
    host: '127.0.0.1',
    cookieSecure: false,
    webDist: null,
    production: false,
    readiness: () => ({ jobWorker: 'off', ...(database.replica ? { replica: database.replica.monitor.state().status } : {}) }),
    readRouting: database.replica?.routing,
  });
  opened.push({ database, server, dataDir });
  return { database, url: server.url, client: () => new TestClient(`${server.url}/graphql`) };
}

/** Waits until the replica has replayed everything the primary has written so far. */
async function caughtUp(): Promise<void> {
  const { rows } = await withConnection(primaryUrl, (c) => c.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn'));
  for (let i = 0; i < 200; i += 1) {
    const replayed = await onReplica('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [rows[0]!.lsn]);
    if (replayed.rows[0].done) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the replica did not catch up within 10 s');
}

async function replicaStatus(url: string): Promise<string> {
  const body = (await (await fetch(`${url}/readyz`)).json()) as { checks: { replica?: string } };
  return body.checks.replica ?? 'none';
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const provides = async (client: TestClient, slug: string) => (await client.data(COOP, { slug })).coop.provides as string;

beforeAll(async () => {
  try {
    const { rows } = await onReplica('SELECT pg_is_in_recovery() AS standby');
    if (!rows[0].standby) throw new Error('it is not a standby');
  } catch (error) {
    throw new Error(`These tests need a streaming replica at ${REPLICA_ADMIN_URL} (pnpm replica:up makes one): ${(error as Error).message}`, { cause: error });
  }
  name = await createDatabaseFromTemplate(process.env.P6_TEST_TEMPLATE!);
  primaryUrl = databaseUrl(name);
  await caughtUp();
}, 60_000);

afterEach(async () => {
  await onReplica('SELECT pg_wal_replay_resume()');
});

afterAll(async () => {
  for (const { server, database, dataDir } of opened) {
    await server.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (name) await dropDatabase(name);
});

describe('reads on the replica, writes and their reader on the primary', () => {
  it('reads from the replica while it keeps up; a person who just wrote reads their write even while it lags', async () => {
    const api = await startApi(databaseUrlOn(REPLICA_ADMIN_URL, name), 60);
    expect(await replicaStatus(api.url)).toBe('streaming');
    const owner = api.client();
    const person = await signUp(owner, 'Writer');
    await verifyEmail(api.database.primary, person.id);
    const coop = await createCoop(owner, { provides: 'Risograph printing, first version.' });
    await caughtUp();

    await onReplica('SELECT pg_wal_replay_pause()');
    const updated = await owner.data(UPDATE_COOP, { id: coop.id, input: { ...(await coopInput(owner, coop.slug)), provides: 'Risograph printing, second version.' } });
    expect(updated.updateCoop.errors).toEqual([]);
    expect(owner.cookie('p6_read_after')).toMatch(/^p6_read_after=[0-9A-F]+%2F[0-9A-F]+$/); // 16/B374D848, URL-encoded

    // The writer reads the primary until the replica has their write...
    expect(await provides(owner, coop.slug)).toBe('Risograph printing, second version.');
    // ...while everyone else still reads the replica, which has not replayed it.
    expect(await provides(api.client(), coop.slug)).toBe('Risograph printing, first version.');

    await onReplica('SELECT pg_wal_replay_resume()');
    await caughtUp();
    await until('the replica to be read again', async () => (await provides(api.client(), coop.slug)) === 'Risograph printing, second version.');
  }, 60_000);

  it('falls back to the primary for everyone once the replica lags past REPLICA_MAX_LAG_SECONDS', async () => {
    const api = await startApi(databaseUrlOn(REPLICA_ADMIN_URL, name), 1);
    const owner = api.client();
    const person = await signUp(owner, 'Lagger');
    await verifyEmail(api.database.primary, person.id);
    const coop = await createCoop(owner, { provides: 'Bicycle repairs, before.' });
    await caughtUp();
    await until('the replica to be read', async () => (await replicaStatus(api.url)) === 'streaming');

    await onReplica('SELECT pg_wal_replay_pause()');
    await owner.data(UPDATE_COOP, { id: coop.id, input: { ...(await coopInput(owner, coop.slug)), provides: 'Bicycle repairs, after.' } });
    await until('the replica to count as lagging', async () => (await replicaStatus(api.url)) === 'lagging');
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200); // a lagging replica never makes the process unready
    expect(await provides(api.client(), coop.slug)).toBe('Bicycle repairs, after.');
  }, 60_000);

  it('serves every read from the primary when the replica cannot be reached', async () => {
    const api = await startApi('postgresql://postgres@127.0.0.1:1/nowhere', 5);
    expect(await replicaStatus(api.url)).toBe('down');
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    const owner = api.client();
    const person = await signUp(owner, 'Alone');
    await verifyEmail(api.database.primary, person.id);
    const coop = await createCoop(owner, { provides: 'Veg boxes, read from the primary.' });
    expect(await provides(api.client(), coop.slug)).toBe('Veg boxes, read from the primary.');
    const listed = await api.client().data(`{ search(input: { text: "veg boxes" }) { totalCount } }`);
    expect(listed.search.totalCount).toBeGreaterThanOrEqual(1);
  }, 60_000);
});

describe('a replica URL that names another database', () => {
  it('is not read from: the other database\'s rows never stand in for this one\'s', async () => {
    const api = await startApi(databaseUrlOn(REPLICA_ADMIN_URL, 'postgres'), 5);
    expect(await replicaStatus(api.url)).toBe('down');
  }, 60_000);
});

describe('routeReads', () => {
  it('answers from the primary a read the replica fails, and says the replica failed', async () => {
    const primary = createPrismaClient(primaryUrl, { maxConnections: 2 });
    const unreachable = createPrismaClient('postgresql://postgres@127.0.0.1:1/nowhere', { maxConnections: 1 });
    const failures: unknown[] = [];
    const routed = routeReads(primary, unreachable, { useReplica: () => true, replicaFailed: (error) => failures.push(error) });
    try {
      const [row] = await routed.$queryRaw<{ one: number }[]>`SELECT 1::int AS one`;
      expect(row).toEqual({ one: 1 });
      expect(await routed.category.count()).toBeGreaterThan(0);
      expect(failures).toHaveLength(2);
      // A write never goes to the replica, so nothing failed for it.
      await routed.$executeRaw`SELECT 1`;
      expect(failures).toHaveLength(2);
    } finally {
      await primary.$disconnect();
      await unreachable.$disconnect();
    }
  }, 60_000);
});

/** The co-op's editable fields as the owner sees them, for an update that changes one. */
async function coopInput(client: TestClient, slug: string) {
  const { coop } = await client.data(COOP, { slug });
  return {
    name: coop.name,
    placeName: coop.place.name,
    countryCode: coop.place.countryCode,
    postcode: coop.postcode,
    address: null,
    provides: coop.provides,
    categoryCodes: coop.categories.map((c: { code: string }) => c.code),
    whyBuy: coop.whyBuy,
    wantToTalkTo: coop.wantToTalkTo,
    coopType: coop.coopType,
    website: coop.website,
    contactEmail: null,
    contactPhone: null,
    memberNotes: coop.memberNotes,
  };
}
