/**
 * pnpm bench:council-import: a council brings in a 10,000-row member list, generated for the
 * benchmark, through the API as the web app sends it (500 rows a call): first the check (a dry
 * run), then the import. The network already holds 20,000 co-ops; of the list's rows about a
 * third match them by register number, a third by name and place (written as member lists
 * write names: another case, "Ltd" left off), the rest are new, and one in fifty is unusable
 * (no name, a bad web address, no place for a new co-op). It prints rows per second for each
 * pass and the report's counts. Nothing asserts a time.
 *
 *   --rows 10000    the list's length
 */
import { parseArgs } from 'node:util';
import { createPrismaClient, prepareDatabase } from '@principle-six/db';
import { SessionStore } from '../src/auth/sessions';
import { startApiProcess, stopProcess } from './api-process';
import { createFreshDatabase, dropDatabase } from './bench-database';

const DB_NAME = 'p6_bench_council_import';
const EXISTING = 20_000;
const BATCH = 500;
const IMPORT = `mutation ($input: CouncilImportInput!) { importCouncilMembers(input: $input) {
  report { matched created alreadyMembers refused } errors { code message } } }`;
const TOWNS = ['Leeds', 'Bradford', 'Manchester', 'Sheffield', 'Hull', 'York', 'Bristol', 'Norwich', 'Glasgow', 'Cardiff'];

/** A deterministic stream of numbers in [0, 1), so that every run reads the same list. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function main() {
  const { values } = parseArgs({ args: process.argv.slice(2).filter((a) => a !== '--'), options: { rows: { type: 'string', default: '10000' } } });
  const rows = Number(values.rows);
  const url = await createFreshDatabase(DB_NAME);
  const db = createPrismaClient(url, { maxConnections: 4 });
  await prepareDatabase(url, db, { seedDemo: false });
  const log = (line: string) => console.error(line);

  // The network: 20,000 co-ops across ten towns, each with a register number.
  const places = await Promise.all(TOWNS.map((name) => db.place.create({ data: { name, countryCode: 'GB' } })));
  for (let start = 0; start < EXISTING; start += 2000) {
    await db.coop.createMany({
      data: Array.from({ length: Math.min(2000, EXISTING - start) }, (_, k) => {
        const i = start + k;
        return {
          slug: `existing-${i}`,
          name: `Existing Co-op ${i} Limited`,
          placeId: places[i % places.length]!.id,
          provides: 'Goods and services for the movement.',
          whyBuy: '',
          wantToTalkTo: '',
          coopType: 'WORKER' as const,
          source: 'bench-register',
          sourceId: `R${String(i).padStart(6, '0')}`,
        };
      }),
    });
  }
  log(`${EXISTING.toLocaleString('en-GB')} co-ops on the network`);

  const organiser = await db.user.create({ data: { email: 'organiser@example.coop', displayName: 'Organiser', passwordHash: 'x', emailVerifiedAt: new Date() } });
  const council = await db.council.create({ data: { slug: 'bench-import', name: 'Bench Import Council', description: 'For the benchmark.', organisers: { create: { userId: organiser.id } } } });
  const cookie = `p6_session=${(await new SessionStore(db).create(organiser.id)).token}`;

  const next = random(42);
  const list = Array.from({ length: rows }, (_, i) => {
    const roll = next();
    const existing = Math.floor(next() * EXISTING);
    if (roll < 0.02) return [{ name: '', place: 'Leeds' }, { name: `Bad Site ${i}`, place: 'Leeds', website: 'not a web address' }, { name: `Placeless ${i}` }][i % 3]!;
    if (roll < 0.35) return { name: `Existing Co-op ${existing}`, registerNumber: `r${String(existing).padStart(6, '0')}` };
    if (roll < 0.68) return { name: `existing co-op ${existing}`, place: TOWNS[existing % TOWNS.length] };
    return { name: `New Member Co-op ${i}`, place: TOWNS[i % TOWNS.length], website: `member${i}.example.coop`, provides: 'What they do, in the list’s words.' };
  });

  const api = await startApiProcess({ DATABASE_URL: url, JOB_WORKER: 'off' });
  const lines: string[] = [];
  try {
    for (const dryRun of [true, false]) {
      const totals = { matched: 0, created: 0, alreadyMembers: 0, refused: 0 };
      const started = performance.now();
      for (let start = 0; start < list.length; start += BATCH) {
        const response = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query: IMPORT, variables: { input: { councilId: council.id, rows: list.slice(start, start + BATCH), dryRun } } }),
        });
        const body = (await response.json()) as { data?: { importCouncilMembers: { report: typeof totals | null; errors: unknown[] } }; errors?: unknown[] };
        const report = body.data?.importCouncilMembers.report;
        // (The web app's check also counts a co-op an earlier batch named as a member already;
        // these figures are the API's, batch by batch.)
        if (!report) throw new Error(JSON.stringify(body.errors ?? body.data?.importCouncilMembers.errors));
        for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += report[key];
      }
      const seconds = (performance.now() - started) / 1000;
      lines.push(
        `| ${dryRun ? 'check (dry run)' : 'import'} | ${rows.toLocaleString('en-GB')} | ${seconds.toFixed(1)} | ${Math.round(rows / seconds).toLocaleString('en-GB')} | ${totals.matched} | ${totals.created} | ${totals.alreadyMembers} | ${totals.refused} |`,
      );
    }
    const members = await db.councilMember.count({ where: { councilId: council.id } });
    console.log(`\nA ${rows.toLocaleString('en-GB')}-row member list against ${EXISTING.toLocaleString('en-GB')} co-ops, ${BATCH} rows a call\n`);
    console.log('| pass | rows | seconds | rows per second | matched | created | already members | refused |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const line of lines) console.log(line);
    console.log(`\nThe council now has ${members.toLocaleString('en-GB')} member co-ops.`);
  } finally {
    await stopProcess(api.child);
    await db.$disconnect();
    await dropDatabase(DB_NAME);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
