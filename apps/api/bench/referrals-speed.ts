/**
 * pnpm bench:referrals: how fast a co-op's ledger, a page of its referrals and the network's
 * totals answer through GraphQL with 5 million referrals (their history and thanks) across
 * 100,000 co-ops, at one and at four clients. It prints p50 and p95 beside each goal; nothing
 * asserts a time. The database (p6_bench_referrals) is kept between runs: the first run
 * generates it (about 10 minutes on two cores), later runs start measuring at once.
 *
 *   --referrals 5000000   how many referrals the database should hold
 *   --seconds 10          how long each load runs
 *   --verify              also check that the kept totals agree with a full recount (slow)
 *   --prepare             only generate the database (say, while the machine is busy), measure later
 */
import { parseArgs } from 'node:util';
import { createPrismaClient } from '@principle-six/db';
import { startApiProcess, stopProcess } from './api-process';
import { openSyntheticDatabase } from './bench-database';
import { loadGraphql, type LoadFigures } from './load';
import { generateReferrals } from './referrals/generate-referrals';

const LEDGER = `query ($slug: String!) { coop(slug: $slug) { id referralLedger {
  given { total open won lost declined withdrawn conversionRate medianDaysToFirstContact }
  received { total open won lost declined withdrawn conversionRate medianDaysToFirstContact }
  valueGiven { amount currency } valueReceived { amount currency }
  months { month given received valueGiven { amount currency } valueReceived { amount currency } } } } }`;

const PAGE = `query ($slug: String!) { coop(slug: $slug) { id referralsGiven(first: 20) {
  edges { cursor node { id kind stage what warmth createdAt stageChangedAt to { id name slug } } } pageInfo { hasNextPage endCursor } } } }`;

const NETWORK = `{ referralNetwork { passed won passedThisYear valueThisYear { amount currency }
  months { month passed won value { amount currency } } topGivers(first: 10) { coop { id name slug } given } } }`;

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { referrals: { type: 'string', default: '5000000' }, seconds: { type: 'string', default: '10' }, verify: { type: 'boolean', default: false }, prepare: { type: 'boolean', default: false } },
  });
  const target = Number(values.referrals);
  const seconds = Number(values.seconds);
  const log = (line: string) => console.error(line);

  const { url, db } = await openSyntheticDatabase({ label: '100k', count: 100_000 }, 'p6_bench_referrals');
  const made = await generateReferrals(db, target, log);
  if (made) log(`Generated ${made.toLocaleString('en-GB')} referrals`);
  // One co-op in twenty chose to be listed among the most active givers (the same ones each run).
  await db.$executeRaw`UPDATE coops SET listed_as_giver = (('x' || left(md5(id::text), 8))::bit(32)::int % 20 = 0) WHERE listed_as_giver IS DISTINCT FROM (('x' || left(md5(id::text), 8))::bit(32)::int % 20 = 0)`;
  if (values.prepare) return void (await db.$disconnect());

  // Who is measured: the ten busiest givers and 190 co-ops drawn at random, so that the figures
  // cover both the heavy tail and the typical co-op. One member (a session) belongs to all 200.
  const heavy = await db.$queryRaw<{ slug: string; id: string; given: number }[]>`
    SELECT c.slug, c.id, g.count AS given FROM giver_years g JOIN coops c ON c.id = g.coop_id
     WHERE g.year = extract(year FROM now())::int ORDER BY g.count DESC LIMIT 10`;
  const typical = await db.$queryRaw<{ slug: string; id: string }[]>`SELECT slug, id FROM coops ORDER BY md5(id::text) LIMIT 190`;
  const sample = [...heavy, ...typical];
  const total = (await db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM referrals`)[0]!.total;
  const busiest = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM referrals WHERE from_coop_id = ${heavy[0]!.id}::uuid`;
  log(`${Number(total).toLocaleString('en-GB')} referrals; the busiest giver gave ${Number(busiest[0]!.n).toLocaleString('en-GB')}`);

  const member = await db.user.upsert({
    where: { email: 'bench-referrals@example.coop' },
    create: { email: 'bench-referrals@example.coop', displayName: 'Bench', passwordHash: 'not-a-hash', emailVerifiedAt: new Date() },
    update: {},
  });
  await db.membership.createMany({ data: sample.map((c) => ({ userId: member.id, coopId: c.id, role: 'MEMBER' as const })), skipDuplicates: true });
  const { SessionStore } = await import('../src/auth/sessions');
  const session = await new SessionStore(db).create(member.id);

  const api = await startApiProcess({ DATABASE_URL: url, JOB_WORKER: 'off' });
  const rows: { measure: string; clients: number; figures: LoadFigures; goal: number }[] = [];
  try {
    const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
    const cases = [
      { measure: "a co-op's ledger figures", bodies: sample.map((c) => body(LEDGER, { slug: c.slug })), goal: 50 },
      { measure: 'one page of its referrals (20)', bodies: sample.map((c) => body(PAGE, { slug: c.slug })), goal: 30 },
      { measure: 'network totals with monthly series', bodies: [body(NETWORK)], goal: 100 },
    ];
    for (const c of cases) {
      // A short warm-up, so that the first figures are not the cold cache's.
      await loadGraphql(api.url, c.bodies, { connections: 1, seconds: 2, cookie: `p6_session=${session.token}` });
      for (const clients of [1, 4]) {
        rows.push({ measure: c.measure, clients, goal: c.goal, figures: await loadGraphql(api.url, c.bodies, { connections: clients, seconds, cookie: `p6_session=${session.token}` }) });
      }
    }
  } finally {
    await stopProcess(api.child);
  }

  console.log(`\nReferrals: ${Number(total).toLocaleString('en-GB')} across 100,000 co-ops; ${sample.length} co-ops measured (the 10 busiest givers and 190 at random)`);
  console.log(`${'measure'.padEnd(38)} ${'clients'.padStart(7)} ${'requests'.padStart(9)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'fail'.padStart(5)}  goal`);
  for (const r of rows) {
    const f = r.figures;
    const met = f.failures === 0 && f.p95 <= r.goal ? 'met' : 'MISSED';
    console.log(
      `${r.measure.padEnd(38)} ${String(r.clients).padStart(7)} ${String(f.requests).padStart(9)} ${f.p50.toFixed(0).padStart(7)} ${f.p95.toFixed(0).padStart(7)} ${String(f.failures).padStart(5)}  p95 <= ${r.goal} ms: ${met}`,
    );
  }

  if (values.verify) {
    const check = createPrismaClient(url, { maxConnections: 1 });
    const started = Date.now();
    const n = (await check.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (
      (SELECT * FROM referral_totals_recount() EXCEPT SELECT * FROM referral_totals_kept())
      UNION ALL (SELECT * FROM referral_totals_kept() EXCEPT SELECT * FROM referral_totals_recount())) d`)[0]!.n;
    console.log(`Kept totals against a full recount: ${Number(n) === 0 ? 'agree' : `${n} rows DIFFER`} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    await check.$disconnect();
  }
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
