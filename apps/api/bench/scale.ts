/**
 * pnpm bench:scale [--size 1m] [--seconds 20] [--connections 32] [--processes 1,2,3] [--no-replica]
 *
 * How the API scales out on this machine (issue 17): a mixed read workload (the web app's own
 * search, co-op page and needs-list operations) through the nginx balancer (`pnpm scale:up`'s
 * configuration) to 1, 2 and 3 compiled API processes on real PostgreSQL with a million co-ops;
 * then the same with reads on the streaming replica (`pnpm replica:up`); then the replica's lag
 * during a write burst on the primary.
 *
 * Prints throughput and latency percentiles, each run's ratio to one process, and where the CPU
 * went (API processes, PostgreSQL primary and replica, nginx, this load generator), so that it
 * shows when the machine's cores, not the API, are the limit. No thresholds: figures only.
 */
import { parseArgs } from 'node:util';
import { print } from 'graphql';
import { withConnection } from '@principle-six/db';
import { CoopPageDocument, NeedsListDocument, SearchDocument } from '../../web/src/gql/graphql';
import { databaseUrl, openSyntheticDatabase, parseSize } from './bench-database';
import { startCluster, type Cluster } from './cluster';
import { coresUsed, pidsMatching, readCpu } from './cpu';
import { loadGraphql, type LoadFigures } from './load';
import { generatePostings } from './matching/generate-postings';
import { SCENARIOS } from './speed-scenarios';

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '1m' },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '32' },
    processes: { type: 'string', default: '1,2,3' },
    'no-replica': { type: 'boolean', default: false },
  },
});
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const PROCESS_COUNTS = args.processes!.split(',').map(Number);
const REPLICA_ADMIN_URL = process.env.BENCH_REPLICA_URL ?? 'postgresql://postgres@127.0.0.1:5433/postgres';
/** Open postings beside the co-ops, so that needs lists are lists. */
const POSTINGS = 100_000;

/**
 * The workloads, as the web app sends them. `mixed`: 2 searches, 2 co-op pages and 1 needs list in
 * every 5 requests, where PostgreSQL does most of the work (a search with its facets at a million
 * co-ops takes 100-900 ms of its time). `pages`: co-op pages alone, light on the database, where
 * the API processes' own JavaScript is the limit: what more processes can help with.
 */
async function workloads(url: string): Promise<Record<'mixed' | 'pages', string[]>> {
  const slugs = await withConnection(url, async (c) =>
    (await c.query<{ slug: string }>(`SELECT slug FROM coops TABLESAMPLE SYSTEM (1) REPEATABLE (17) LIMIT 500`)).rows.map((r) => r.slug),
  );
  const searches = SCENARIOS.filter((s) => s.name !== 'facet counts').flatMap((s) => s.inputs);
  const needFilters = [{}, { text: 'printing' }, { categoryCodes: ['62'] }, { text: 'catering', categoryCodes: ['56'] }, { text: 'bookkeeping' }];
  const body = (document: Parameters<typeof print>[0], variables: Record<string, unknown>) => JSON.stringify({ query: print(document), variables });
  const mixed: string[] = [];
  for (let i = 0; i < 500; i += 1) {
    const search = (k: number) => body(SearchDocument, { input: searches[(2 * i + k) % searches.length], first: 20 });
    const coop = (k: number) => body(CoopPageDocument, { slug: slugs[(2 * i + k) % slugs.length] });
    mixed.push(search(0), coop(0), search(1), coop(1), body(NeedsListDocument, { filter: needFilters[i % needFilters.length], first: 20 }));
  }
  return { mixed, pages: slugs.map((slug) => body(CoopPageDocument, { slug })) };
}

interface Run {
  label: string;
  processes: number;
  figures: LoadFigures;
  cores: ReturnType<typeof coresUsed>;
}

async function measure(label: string, cluster: Cluster, bodies: string[], processes: number): Promise<Run> {
  // Warm each process's caches and pools (and the replica's buffers) before measuring.
  await loadGraphql(cluster.url, bodies, { connections: CONNECTIONS, seconds: 5 });
  const groups = {
    api: () => cluster.apis.map((a) => a.child.pid!),
    primary: () => pidsMatching('postgres: 15/main'),
    replica: () => pidsMatching('postgres: 15/replica'),
    nginx: () => pidsMatching('nginx:'),
    load: () => [process.pid],
  };
  const before = readCpu(groups);
  const figures = await loadGraphql(cluster.url, bodies, { connections: CONNECTIONS, seconds: SECONDS });
  const cores = coresUsed(before, readCpu(groups));
  return { label, processes, figures, cores };
}

function report(runs: Run[]): void {
  const base = new Map<string, number>();
  for (const run of runs) if (run.processes === 1) base.set(run.label, run.figures.perSecond);
  console.table(
    runs.map((r) => ({
      workload: r.label,
      processes: r.processes,
      'req/s': r.figures.perSecond.toFixed(0),
      'vs 1': base.has(r.label) ? `${(r.figures.perSecond / base.get(r.label)!).toFixed(2)}×` : '',
      'p50 ms': r.figures.p50.toFixed(0),
      'p95 ms': r.figures.p95.toFixed(0),
      failures: r.figures.failures,
      'machine cores busy': `${r.cores.machine.toFixed(2)} of ${r.cores.available}`,
      api: r.cores.byGroup.api!.toFixed(2),
      'pg primary': r.cores.byGroup.primary!.toFixed(2),
      'pg replica': r.cores.byGroup.replica!.toFixed(2),
      nginx: r.cores.byGroup.nginx!.toFixed(2),
      'load generator': r.cores.byGroup.load!.toFixed(2),
    })),
  );
  const saturated = runs.filter((r) => r.cores.machine >= 0.9 * r.cores.available);
  if (saturated.length) {
    console.log(
      `The machine's ${runs[0]!.cores.available} cores were at least 90% busy in: ${saturated.map((r) => `${r.label} × ${r.processes}`).join(', ')}. ` +
        'There, more API processes only share the same cores with PostgreSQL, nginx and the load generator: the ratios show the machine, not the API, as the limit.',
    );
  }
}

/** Replica lag while the primary takes a burst of writes: PostgreSQL's replay_lag and the bytes behind. */
async function writeBurst(url: string): Promise<void> {
  const seconds = 15;
  const lags: { ms: number; bytes: number }[] = [];
  let writes = 0;
  const deadline = Date.now() + seconds * 1000;
  const sampler = withConnection(url, async (c) => {
    while (Date.now() < deadline) {
      const { rows } = await c.query<{ ms: number | null; bytes: string | null }>(
        `SELECT extract(epoch FROM replay_lag) * 1000 AS ms, pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::text AS bytes
           FROM pg_stat_replication WHERE application_name LIKE '%replica%' LIMIT 1`,
      );
      if (rows[0]) lags.push({ ms: Number(rows[0].ms ?? 0), bytes: Number(rows[0].bytes ?? 0) });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  const writer = (n: number) =>
    withConnection(url, async (c) => {
      for (let k = 0; Date.now() < deadline; k += 1) {
        // A page of co-ops touched at a time, as an import or a busy hour of edits would.
        await c.query(`UPDATE coops SET updated_at = now() WHERE id IN (SELECT id FROM coops ORDER BY id OFFSET $1 LIMIT 500)`, [((n * 7919 + k * 500) % 990_000)]);
        writes += 500;
      }
    });
  await Promise.all([sampler, writer(0), writer(1), writer(2), writer(3)]);
  const pick = (values: number[], q: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  };
  console.log(`\nWrite burst: ${(writes / seconds).toFixed(0)} rows updated per second for ${seconds} s (4 writers)`);
  console.table([
    { measure: 'replay lag (ms, PostgreSQL replay_lag)', p50: pick(lags.map((l) => l.ms), 0.5).toFixed(0), p95: pick(lags.map((l) => l.ms), 0.95).toFixed(0), max: Math.max(...lags.map((l) => l.ms)).toFixed(0) },
    {
      measure: 'behind (KiB of WAL)',
      p50: (pick(lags.map((l) => l.bytes), 0.5) / 1024).toFixed(0),
      p95: (pick(lags.map((l) => l.bytes), 0.95) / 1024).toFixed(0),
      max: (Math.max(...lags.map((l) => l.bytes)) / 1024).toFixed(0),
    },
  ]);
}

async function main() {
  const size = parseSize(args.size);
  const { url, db } = await openSyntheticDatabase(size);
  await generatePostings(db, { offers: POSTINGS, needs: POSTINGS }, (line) => console.error(line));
  await db.$disconnect();
  const bodies = await workloads(url);
  const replicaUrl = args['no-replica'] ? null : await replicaOf(size.label);
  console.log(
    `${size.count.toLocaleString('en-GB')} co-ops and ${POSTINGS.toLocaleString('en-GB')} open needs; ${CONNECTIONS} connections for ${SECONDS} s per run; ` +
      'through nginx. mixed: 2 searches, 2 co-op pages and 1 needs list in every 5 requests; pages: co-op pages alone.',
  );

  const runs: Run[] = [];
  const plans: { label: string; reads: 'primary' | 'replica'; bodies: string[] }[] = [
    { label: 'mixed, primary', reads: 'primary', bodies: bodies.mixed },
    ...(replicaUrl ? [{ label: 'mixed, replica', reads: 'replica' as const, bodies: bodies.mixed }] : []),
    { label: 'pages, primary', reads: 'primary', bodies: bodies.pages },
  ];
  for (const plan of plans) {
    for (const processes of PROCESS_COUNTS) {
      const cluster = await startCluster({
        processes,
        // Reads only: the synthetic postings were never matched, and a worker would spend the run matching them.
        jobWorker: false,
        env: { DATABASE_URL: url, ...(plan.reads === 'replica' ? { DATABASE_REPLICA_URL: replicaUrl! } : {}) },
      });
      try {
        const run = await measure(plan.label, cluster, plan.bodies, processes);
        runs.push(run);
        console.error(`  ${plan.label} × ${processes}: ${run.figures.perSecond.toFixed(0)} req/s, p95 ${run.figures.p95.toFixed(0)} ms`);
      } finally {
        await cluster.stop();
      }
    }
  }
  report(runs);
  if (replicaUrl) await writeBurst(url);
}

/** The replica's URL for the benchmark database, once it has replayed everything written so far. */
async function replicaOf(label: string): Promise<string | null> {
  try {
    await withConnection(REPLICA_ADMIN_URL, (c) => c.query('SELECT 1'));
  } catch {
    console.error(`No replica at ${REPLICA_ADMIN_URL} (pnpm replica:up makes one): measuring the primary only.`);
    return null;
  }
  const name = `p6_bench_${label}`;
  const { rows } = await withConnection(databaseUrl(name), (c) => c.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn'));
  for (;;) {
    const done = await withConnection(REPLICA_ADMIN_URL, (c) => c.query('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [rows[0]!.lsn]));
    if (done.rows[0].done) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const replica = new URL(REPLICA_ADMIN_URL);
  replica.pathname = `/${name}`;
  return replica.toString();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
