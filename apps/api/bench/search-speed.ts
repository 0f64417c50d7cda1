/**
 * pnpm bench:speed [10k|100k|1m|3m] [--seconds 10] [--connections 4]
 *
 * Search speed at scale. Makes (or reuses) a database of that many synthetic co-ops, starts the
 * API as its own process, and for each typical search prints p50/p95/p99 latency and throughput
 * through GraphQL over HTTP (autocannon), then for the very same SQL sent straight through
 * node-postgres, and the ratio of the two throughputs. Nothing here asserts a time: it measures.
 * SHOW_STATEMENTS=1 also prints each recorded statement with its time.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createPrismaClient } from '@principle-six/db';
import { SearchService } from '../src/modules/search/search.service';
import { startServer } from '../src/server';
import { startApiProcess, stopProcess } from './api-process';
import { openSyntheticDatabase, parseSize } from './bench-database';
import { loadGraphql, loadRawSql, type LoadFigures } from './load';
import { concurrentGroups, RecordingPool, type RecordedStatement } from './recording-pool';
import { SCENARIOS, type Scenario } from './speed-scenarios';

const WARM_UP_SECONDS = 2;

interface Recorded {
  scenario: Scenario;
  bodies: string[];
  requests: RecordedStatement[][][];
  statements: number;
  totals: number[];
}

/** Runs each search once in-process through a recording pool: the SQL the raw side replays. */
async function recordScenarios(url: string): Promise<Recorded[]> {
  const pool = new RecordingPool({ connectionString: url, max: 4 });
  const db = createPrismaClient(url, { pool });
  const server = await startServer({ db, port: 0, host: '127.0.0.1', cookieSecure: false, webDist: null, production: true });
  try {
    const recorded: Recorded[] = [];
    for (const scenario of SCENARIOS) {
      const bodies = scenario.inputs.map((input) => JSON.stringify({ query: scenario.document, variables: { input } }));
      const requests: RecordedStatement[][][] = [];
      const totals: number[] = [];
      let statements = 0;
      for (const body of bodies) {
        await postGraphql(server.url, body); // warm: plans, loaders, the gazetteer
        pool.recording = [];
        const answer = await postGraphql(server.url, body);
        const log = pool.recording;
        pool.recording = null;
        const search = (answer as { data?: { search?: { totalCount: number; errors: unknown[] } } }).data?.search;
        if (!search || search.errors.length) throw new Error(`Search failed: ${body}\n${JSON.stringify(answer)}`);
        totals.push(search.totalCount);
        statements += log.length;
        requests.push(concurrentGroups(log));
        if (process.env.SHOW_STATEMENTS) {
          console.error(`\n${body.slice(0, 160)}`);
          for (const st of log) console.error(`  ${(st.endedAt - st.startedAt).toFixed(1).padStart(6)} ms  ${st.text.replace(/\s+/g, ' ').slice(0, 150)}`);
        }
      }
      recorded.push({ scenario, bodies, requests, statements: statements / bodies.length, totals });
    }
    return recorded;
  } finally {
    await server.close();
    await db.$disconnect();
  }
}

async function postGraphql(url: string, body: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return response.json();
}

const ms = (n: number) => n.toFixed(1).padStart(7);
const rate = (n: number) => n.toFixed(0).padStart(6);
const row = (f: LoadFigures) => `${ms(f.p50)} ${ms(f.p95)} ${ms(f.p99)} ${rate(f.perSecond)}`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '4' } },
  });
  const size = parseSize(positionals[0]);
  const load = { seconds: Number(values.seconds), connections: Number(values.connections) };

  const { url, db } = await openSyntheticDatabase(size);
  const [server] = await db.$queryRaw<{ version: string }[]>`SELECT current_setting('server_version') AS version`;
  const version = server!.version;
  const coops = await db.coop.count();
  // The directory as the job worker keeps it: related words learned (nightly) and word counts
  // folded (every 10 minutes). Done here, before timing: otherwise the API process's worker would
  // learn them during the first scenario (22 s of a core at 3M) and time that instead.
  const search = new SearchService(db);
  const [learned] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM related_terms WHERE source = 'profiles'`;
  if (!learned?.n) console.error(`Learned ${await search.learnRelatedWords()} related words from the profiles`);
  await search.compactWordCounts();
  await db.$disconnect();

  const recorded = await recordScenarios(url);
  const api = await startApiProcess({ DATABASE_URL: url });
  // The app's pool size (createPrismaClient's default), so both sides have the same connections.
  const rawPool = new pg.Pool({ connectionString: url, max: 10 });
  const results: { recorded: Recorded; graphql: LoadFigures; raw: LoadFigures }[] = [];
  try {
    for (const r of recorded) {
      console.error(`Timing "${r.scenario.name}"…`);
      await loadGraphql(api.url, r.bodies, { ...load, seconds: WARM_UP_SECONDS });
      const graphql = await loadGraphql(api.url, r.bodies, load);
      await loadRawSql(rawPool, r.requests, { ...load, seconds: WARM_UP_SECONDS });
      const raw = await loadRawSql(rawPool, r.requests, load);
      results.push({ recorded: r, graphql, raw });
    }
  } finally {
    await stopProcess(api.child);
    await rawPool.end();
  }

  const cpu = os.cpus();
  console.log(`\nSearch speed: ${coops.toLocaleString('en-GB')} co-ops (synthetic), ${new Date().toISOString().slice(0, 10)}`);
  console.log(`Machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; PostgreSQL ${version}; Node ${process.version}`);
  console.log(`Load: ${load.connections} concurrent clients for ${load.seconds} s per scenario and side, after ${WARM_UP_SECONDS} s of warm-up.\n`);
  console.log('scenario          SQL/req  matches          GraphQL over HTTP: p50     p95     p99  req/s | raw node-postgres: p50     p95     p99  req/s | GraphQL/raw');
  for (const { recorded: r, graphql, raw } of results) {
    const matches = r.totals.join('/');
    console.log(
      `${r.scenario.name.padEnd(17)} ${r.statements.toFixed(1).padStart(7)}  ${matches.padEnd(22).slice(0, 22)}  ${row(graphql)} |                  ${row(raw)} | ${(graphql.perSecond / raw.perSecond).toFixed(2)}` +
        (graphql.failures || raw.failures ? `  (failures: ${graphql.failures} GraphQL, ${raw.failures} raw)` : ''),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
