/**
 * pnpm bench:fuzz [--runs 1000] [--seed N] [--only signUp,postNeed] [--headroom 1000] [--keep]
 *
 * Fuzzes every mutation with the generators of the integration test (test/integration/support/
 * fuzz-*.ts), `--runs` cases each, against an API it starts in this process (production mode,
 * no job worker) on a fresh, migrated database (p6_bench_fuzz_<pid>, dropped at the end unless
 * --keep). It prints, per mutation and in total: cases, HTTP 2xx/4xx/5xx, how they were answered
 * (ok, refused with UserErrors, refused with GraphQL errors), internal errors, refusals that
 * wrote rows, and ill-typed variables answered otherwise than 400 BAD_USER_INPUT; and the first
 * offending case of each mutation. Exits 1 when any case answered 5xx or an internal error, or
 * wrote while refusing.
 *
 * Rate limits get `--headroom` times their points (1,000 by default, as in the test suites: one
 * owner sends far more than a person would, and a case refused as RATE_LIMITED reaches nothing
 * else). --headroom 1 fuzzes with the real limits, refusals included.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { createPrismaClient, prepareDatabase } from '@principle-six/db';
import { installJobQueue } from '../src/jobs/queue';
import { startServer } from '../src/server';
import { DEFAULT_SERVICE_SETTINGS, createServices } from '../src/services';
import { mutationFields } from '../test/integration/support/fuzz-documents';
import { count, emptyTally, formatTallies, prepareTarget, runCase, startFuzzing, type Tally } from '../test/integration/support/fuzz-runner';
import { createFreshDatabase, dropDatabase } from './bench-database';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    only: { type: 'string' },
    headroom: { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const SEED = args.seed === undefined ? Date.now() % 2 ** 31 : Number(args.seed);
const ONLY = args.only ? new Set(args.only.split(',').map((name) => name.trim())) : null;
const HEADROOM = Number(args.headroom);

async function main(): Promise<number> {
  const started = Date.now();
  // As `npm start` runs it: Apollo leaves stack traces out of answers only in production.
  process.env.NODE_ENV = 'production';
  const name = `p6_bench_fuzz_${process.pid}`;
  const url = await createFreshDatabase(name);
  const db = createPrismaClient(url, { maxConnections: 4 });
  await prepareDatabase(url, db, { seedDemo: false });
  await installJobQueue(url);
  const services = createServices(db, { ...DEFAULT_SERVICE_SETTINGS, rateLimitHeadroom: HEADROOM, log: () => {} });
  const server = await startServer({ db, services, port: 0, host: '127.0.0.1', cookieSecure: false, webDist: null, production: true });
  const tallies = new Map<string, Tally>();
  try {
    const session = await startFuzzing({ db, services, endpoint: `${server.url}/graphql` });
    console.error(`Database ${name} ready in ${((Date.now() - started) / 1000).toFixed(0)} s; ${RUNS} cases per mutation, seed ${SEED}`);
    for (const field of mutationFields()) {
      if (ONLY && !ONLY.has(field.name)) continue;
      const target = await prepareTarget(session, field);
      const tally = emptyTally();
      tallies.set(target.field.name, tally);
      const begun = Date.now();
      await fc.assert(
        fc.asyncProperty(target.cases, async (fuzzCase) => {
          count(tally, await runCase(session, target, fuzzCase), fuzzCase);
        }),
        { numRuns: RUNS, seed: SEED },
      );
      console.error(`  ${target.field.name}: ${tally.cases} cases in ${((Date.now() - begun) / 1000).toFixed(1)} s`);
    }
  } finally {
    await server.close();
    await db.$disconnect();
    if (!args.keep) await dropDatabase(name);
  }

  console.log(`\nFuzz: ${RUNS} cases per mutation, seed ${SEED}, rate limits ×${HEADROOM}\n`);
  console.log(formatTallies(tallies));
  for (const [mutation, tally] of tallies) if (tally.example) console.log(`\n${mutation}: ${tally.example}`);
  const failing = [...tallies].filter(([, tally]) => tally.s5xx + tally.internal + tally.refusedWithWrites > 0);
  const mutations = `${failing.length === 0 ? 'No' : failing.length} mutation${failing.length === 1 ? '' : 's'}`;
  console.log(`\n${mutations} with a 5xx, an internal error or a refused write.`);
  return failing.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
