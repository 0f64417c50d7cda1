/**
 * pnpm bench:failover [--seconds 12] [--writers 10] [--readers 16] [--subscribers 12]
 *
 * Failover drills (issue 17), on this machine's PostgreSQL, its streaming replica and 3 compiled
 * API processes behind nginx, each under load from reading clients, writing clients and
 * subscribers on graphql-ws (which retry as the web app's client does):
 *
 *   1. stop one API process (SIGTERM, then another drill with SIGKILL): its sockets reconnect
 *      through the balancer to another process, and every write a client saw acknowledged is in
 *      the database afterwards, once (writers retry an unanswered write with its idempotency key);
 *   2. stop the replica: reads fall back to the primary with no errors to clients, and go back to
 *      the replica once it runs again;
 *   3. restart the primary: the API processes recover by themselves (no restart of theirs).
 *
 * Prints what happened in each drill. Drill 3 restarts the machine's PostgreSQL: run it on a
 * machine where nothing else is using it. Needs root for pg_ctlcluster (as `npm test` does).
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createPrismaClient, withConnection, type Database } from '@principle-six/db';
import { SessionStore } from '../src/auth/sessions';
import { openSyntheticDatabase } from './bench-database';
import { startCluster, type Cluster } from './cluster';

const run = promisify(execFile);
const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '12' },
    writers: { type: 'string', default: '10' },
    readers: { type: 'string', default: '16' },
    subscribers: { type: 'string', default: '12' },
    drills: { type: 'string', default: 'api-sigterm,api-sigkill,replica,primary' },
  },
});
const SECONDS = Number(args.seconds);
const REPLICA_ADMIN_URL = process.env.BENCH_REPLICA_URL ?? 'postgresql://postgres@127.0.0.1:5433/postgres';
const PG_VERSION = process.env.PG_VERSION ?? '15';

/** Marks this run's needs and people, so that a run checks and removes only its own. */
const RUN = randomUUID().slice(0, 8);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Person {
  userId: string;
  coopId: string;
  cookie: string;
}

/** Writers and subscribers: people owning synthetic co-ops, with sessions made as sign-in makes them. */
async function people(db: Database, count: number): Promise<Person[]> {
  const sessions = new SessionStore(db);
  // Synthetic co-ops' ids are md5 hashes cast to uuid; the API takes only RFC 9562 ids (version
  // and variant bits set), as every id it makes is, so writers are given co-ops whose ids are.
  const coops = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id::text AS id FROM coops c
     WHERE c.source = 'synthetic' AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.coop_id = c.id)
       AND c.id::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
     LIMIT ${count}`;
  const made: Person[] = [];
  for (const coop of coops) {
    const user = await db.user.create({
      data: {
        email: `drill-${RUN}-${randomUUID()}@example.coop`,
        displayName: 'Drill',
        passwordHash: 'not-a-password',
        emailVerifiedAt: new Date(),
        memberships: { create: { coopId: coop.id, role: 'OWNER' } },
      },
    });
    made.push({ userId: user.id, coopId: coop.id, cookie: `p6_session=${(await sessions.create(user.id)).token}` });
  }
  return made;
}

/** Counts of what clients saw during a drill. */
class Tally {
  reads = 0;
  readErrors: string[] = [];
  writesAcknowledged = new Map<string, string>(); // idempotency key → need id
  writeAttempts = 0;
  writeRetries = 0;
  reconnects: number[] = [];
  /** Why writes were not acknowledged, counted by reason. */
  writeFailures = new Map<string, number>();

  noteWriteFailure(reason: string) {
    this.writeFailures.set(reason, (this.writeFailures.get(reason) ?? 0) + 1);
  }

  summary() {
    const sorted = [...this.reconnects].sort((a, b) => a - b);
    return {
      reads: this.reads,
      'read errors': this.readErrors.length,
      'writes acknowledged': this.writesAcknowledged.size,
      'write retries': this.writeRetries,
      'sockets reconnected': sorted.length,
      'reconnect p95 ms': sorted.length ? sorted[Math.ceil(0.95 * sorted.length) - 1]!.toFixed(0) : '-',
    };
  }
}

const READS = [
  `{ search(input: { text: "printing" }, first: 10) { totalCount edges { node { slug } } } }`,
  `{ needs(first: 10) { totalCount edges { node { id title } } } }`,
];

async function graphql(url: string, body: unknown, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  let parsed: { data?: { postNeed?: { need?: { id: string } | null } }; errors?: { message: string }[] } = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    // nginx's own error page
  }
  return { status: response.status, ...parsed, text };
}

/** Loads the cluster until `stop` resolves: readers, writers (needs with idempotency keys) and subscribers. */
async function underLoad(cluster: Cluster, writers: Person[], subscribers: Person[], tally: Tally, drill: () => Promise<void>) {
  let running = true;
  const readers = Array.from({ length: Number(args.readers) }, async (_, i) => {
    for (let k = i; running; k += 1) {
      try {
        const answer = await graphql(cluster.url, { query: READS[k % READS.length] });
        if (answer.status !== 200 || answer.errors?.length) tally.readErrors.push(`${answer.status} ${answer.errors?.[0]?.message ?? answer.text.slice(0, 80)}`);
        else tally.reads += 1;
      } catch (error) {
        tally.readErrors.push((error as Error).message);
      }
    }
  });
  const writing = writers.map(async (writer) => {
    for (let k = 0; running && k < 25; k += 1) {
      const key = `drill-${writer.userId}-${k}`;
      const body = {
        query: `mutation ($coopId: ID!, $input: NeedInput!, $key: String) { postNeed(coopId: $coopId, input: $input, idempotencyKey: $key) { need { id } errors { message } } }`,
        variables: {
          coopId: writer.coopId,
          key,
          input: {
            title: `Drill need ${RUN} ${writer.userId.slice(0, 8)}.${k}`,
            description: 'Posted during a failover drill.',
            categoryCodes: ['62'],
            area: { placeName: 'Leeds', countryCode: 'GB', radiusKm: 50 },
            expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          },
        },
      };
      // A client whose write went unanswered sends it again with the same key, as the web app does.
      for (let attempt = 0; attempt < 20; attempt += 1) {
        tally.writeAttempts += 1;
        if (attempt > 0) tally.writeRetries += 1;
        try {
          const answer = await graphql(cluster.url, body, writer.cookie);
          const id = answer.data?.postNeed?.need?.id as string | undefined;
          if (answer.status === 200 && id) {
            tally.writesAcknowledged.set(key, id);
            break;
          }
          tally.noteWriteFailure(`${answer.status} ${JSON.stringify(answer.errors ?? answer.data?.postNeed ?? answer.text.slice(0, 80))}`);
        } catch {
          // unanswered: try again
        }
        await sleep(250);
      }
      await sleep(300);
    }
  });
  const sockets: Client[] = subscribers.map((person) => {
    let closedAt: number | null = null;
    const client = createClient({
      url: `${cluster.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: person.cookie } });
        }
      },
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: (retries) => sleep(Math.min(1000, 100 * 2 ** retries)),
      on: {
        closed: () => {
          if (running) closedAt = performance.now();
        },
        connected: () => {
          if (closedAt !== null) tally.reconnects.push(performance.now() - closedAt);
          closedAt = null;
        },
      },
    });
    client.subscribe({ query: 'subscription { inbox { __typename } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    return client;
  });
  await sleep(2000);
  await drill();
  await sleep(SECONDS * 1000);
  running = false;
  await Promise.all([...readers, ...writing]);
  for (const socket of sockets) await socket.dispose();
}

/** Every acknowledged write is in the database, and no key made two needs. */
async function checkWrites(db: Database, tally: Tally) {
  const ids = [...tally.writesAcknowledged.values()];
  const found = await db.need.count({ where: { id: { in: ids } } });
  const titles = await db.$queryRaw<{ duplicates: bigint }[]>`
    SELECT count(*) - count(DISTINCT title) AS duplicates FROM needs WHERE title LIKE ${`Drill need ${RUN} %`}`;
  return { 'acknowledged writes missing': ids.length - found, 'writes made twice': Number(titles[0]!.duplicates) };
}

async function pgCluster(name: 'main' | 'replica', action: 'stop' | 'start' | 'restart') {
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', PG_VERSION, name, action, ...(action === 'start' ? [] : ['-m', 'fast'])]);
}

async function readiness(url: string): Promise<{ status: number; checks?: Record<string, string> }> {
  try {
    const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(3000) });
    const body = (await response.json()) as { checks: Record<string, string> };
    return { status: response.status, checks: body.checks };
  } catch {
    return { status: 0 };
  }
}

async function main() {
  const { url, db: benchDb } = await openSyntheticDatabase({ label: '10k', count: 10_000 });
  await benchDb.$disconnect();
  const db = createPrismaClient(url, { maxConnections: 4 });
  const replicaUrl = new URL(REPLICA_ADMIN_URL);
  replicaUrl.pathname = new URL(url).pathname;
  const drills = new Set(args.drills!.split(','));
  const results: Record<string, unknown>[] = [];

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    if (!drills.has(`api-${signal.toLowerCase()}`)) continue;
    const cluster = await startCluster({ processes: 3, env: { DATABASE_URL: url } });
    try {
      const tally = new Tally();
      const writers = await people(db, Number(args.writers));
      const subscribers = await people(db, Number(args.subscribers));
      await underLoad(cluster, writers, subscribers, tally, async () => {
        console.error(`  stopping API process 2 of 3 (${signal})`);
        await cluster.stopApi(1, signal);
      });
      results.push({ drill: `stop an API process (${signal})`, ...tally.summary(), ...(await checkWrites(db, tally)) });
      if (tally.writeFailures.size) console.error('  writes not acknowledged, by reason:', Object.fromEntries(tally.writeFailures));
      if (tally.readErrors.length) console.error('  read errors:', [...new Set(tally.readErrors)].slice(0, 5));
    } finally {
      await cluster.stop();
    }
  }

  if (drills.has('replica')) {
    const cluster = await startCluster({ processes: 3, env: { DATABASE_URL: url, DATABASE_REPLICA_URL: replicaUrl.toString() } });
    try {
      const tally = new Tally();
      let backOnReplicaMs: number | null = null;
      await underLoad(cluster, [], [], tally, async () => {
        console.error('  stopping the replica');
        await pgCluster('replica', 'stop');
        await sleep((SECONDS * 1000) / 2);
        const started = performance.now();
        await pgCluster('replica', 'start');
        while ((await readiness(cluster.url)).checks?.replica !== 'streaming' && performance.now() - started < 60_000) await sleep(100);
        backOnReplicaMs = performance.now() - started;
      });
      results.push({ drill: 'stop the replica, then start it', ...tally.summary(), 'back on the replica after start (ms)': backOnReplicaMs === null ? '-' : (backOnReplicaMs as number).toFixed(0) });
    } finally {
      await cluster.stop();
    }
  }

  if (drills.has('primary')) {
    const cluster = await startCluster({ processes: 3, env: { DATABASE_URL: url } });
    try {
      const tally = new Tally();
      const pidsBefore = cluster.apis.map((a) => a.child.pid);
      let recoveredMs: number | null = null;
      await underLoad(cluster, [], [], tally, async () => {
        console.error('  restarting the primary');
        const started = performance.now();
        await pgCluster('main', 'restart');
        while (performance.now() - started < 120_000) {
          const answers = await Promise.all(cluster.apis.map((a) => readiness(a.url)));
          if (answers.every((a) => a.status === 200)) break;
          await sleep(100);
        }
        recoveredMs = performance.now() - started;
        const answers = await Promise.all(cluster.apis.map((a) => readiness(a.url)));
        if (answers.some((a) => a.status !== 200)) console.error('  not ready after the restart:', JSON.stringify(answers));
      });
      const alive = cluster.apis.every((a, i) => a.child.exitCode === null && a.child.pid === pidsBefore[i]);
      results.push({
        drill: 'restart the primary',
        ...tally.summary(),
        'every process ready again after (ms)': recoveredMs === null ? '-' : (recoveredMs as number).toFixed(0),
        'API processes restarted': alive ? 0 : 'some',
      });
    } finally {
      await cluster.stop();
    }
  }

  await db.$disconnect();
  console.table(results);
  const readErrors = results.map((r) => r['read errors']);
  console.log(`Read errors by drill: ${readErrors.join(', ')} (while the primary restarts, requests it cannot answer get 503 "database unavailable").`);
  await withConnection(url, async (c) => {
    await c.query(`DELETE FROM needs WHERE title LIKE $1`, [`Drill need ${RUN} %`]);
    await c.query(`DELETE FROM users WHERE email LIKE $1`, [`drill-${RUN}-%`]);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
