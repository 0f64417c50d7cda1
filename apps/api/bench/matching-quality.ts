/**
 * pnpm bench:matching
 *
 * How well the matcher ranks providers, on real data: the 380 procurement notices in
 * ../shared/data/uk-contracts-finder-2025-03 become needs; the co-ops of the real registers
 * (Co-operatives UK, ODC-By 1.0) are the providers, matched by their profiles.
 *
 * Relevance is judged by industry: a co-op is a right answer for a notice when it is filed under
 * a SIC division that supplies the notice's CPV division, by the documented correspondence in
 * packages/taxonomy/src/cpv-to-sic.ts. The need gets only the first, most typical, of those
 * divisions as its category, as a buyer would tick one; so the judgement is wider than the
 * need's own category, and text has to find the rest. The judgement and the category come from
 * the same table, which favours any ranker that uses categories: the plain full-text baseline,
 * which cannot, shows what the wording alone finds.
 *
 * Prints precision@10 and MRR (over each system's top 25) for the matcher as stored, for plain
 * PostgreSQL full-text search over the same co-ops, and for the matcher's own parts re-weighted,
 * which is how WEIGHTS in packages/matching/src/score.ts were chosen.
 */
import os from 'node:os';
import path from 'node:path';
import { combineScore, MIN_SCORE, WEIGHTS, type Weights } from '@principle-six/matching';
import { createPrismaClient, prepareDatabase, Prisma, type Database } from '@principle-six/db';
import { importCoops } from '@principle-six/importer';
import type { User } from '@principle-six/db';
import { installJobQueue } from '../src/jobs/queue';
import { loadNeed, providersForNeed } from '../src/modules/matching/candidates';
import { MAX_MATCHES_PER_NEED } from '../src/modules/matching/matcher';
import { bestMatches, scoreCandidate, type ScoredMatch } from '../src/modules/matching/scoring';
import { loadPairSignals } from '../src/modules/matching/signals';
import { createServices } from '../src/services';
import { createFreshDatabase, dropDatabase } from './bench-database';
import { needInputFor, readNotices, type Notice } from './matching/notices';
import { mean, precisionAt, reciprocalRank } from './relevance/metrics';
import { REGISTERS, SHARED_DATA } from './relevance/registers';

const DATABASE = 'p6_bench_matching';
const NOTICES = path.join(SHARED_DATA, 'uk-contracts-finder-2025-03/notices.csv');
const DEPTH = MAX_MATCHES_PER_NEED;

interface Evaluated {
  notice: Notice;
  relevant: Set<string>;
  stored: string[];
  fts: string[];
  ftsTitle: string[];
  scored: ScoredMatch[];
}

async function main() {
  const url = await createFreshDatabase(DATABASE);
  const db = createPrismaClient(url, { maxConnections: 4 });
  try {
    await prepareDatabase(url, db, { seedDemo: false });
    await installJobQueue(url);
    for (const file of REGISTERS) {
      const report = await importCoops(db, file);
      console.error(`Imported ${path.basename(file)}: ${report.created} created, ${report.updated} updated`);
    }
    const services = createServices(db);
    const { buyer, buyerCoopId } = await makeBuyer(services);

    const notices = readNotices(NOTICES);
    const mapped = notices.filter((n) => n.suppliedBy.length > 0);
    const evaluated: Evaluated[] = [];
    let withoutAnswers = 0;
    for (const notice of mapped) {
      const relevant = await relevantCoops(db, notice.suppliedBy, buyerCoopId);
      if (relevant.size === 0) {
        withoutAnswers++;
        continue;
      }
      const posted = await services.needs.post(buyer, buyerCoopId, needInputFor(notice));
      if (!posted.ok) throw new Error(`Need for ${notice.ocid} refused: ${JSON.stringify(posted.errors)}`);
      const needId = posted.value.id;
      await services.matcher.matchNeed(needId);
      const stored = await db.match.findMany({ where: { needId }, orderBy: [{ score: 'desc' }, { id: 'asc' }], select: { providerCoopId: true } });
      evaluated.push({
        notice,
        relevant,
        stored: stored.map((m) => m.providerCoopId),
        fts: await plainFullText(db, needId, buyerCoopId, 'title || \' \' || description'),
        ftsTitle: await plainFullText(db, needId, buyerCoopId, 'title'),
        scored: await scoredCandidates(db, needId),
      });
      if (evaluated.length % 50 === 0) console.error(`  matched ${evaluated.length} notices`);
    }

    const coops = await db.coop.count();
    const cpu = os.cpus();
    console.log(`\nMatching quality on real procurement notices, ${new Date().toISOString().slice(0, 10)}`);
    console.log(`Machine: ${cpu.length} × ${cpu[0]?.model.trim()}; Node ${process.version}`);
    console.log(`Providers: ${(coops - 1).toLocaleString('en-GB')} co-ops from the registers (Co-operatives UK, ODC-By 1.0), by profile.`);
    console.log(
      `Notices: ${notices.length}; ${notices.length - mapped.length} with a CPV division the correspondence does not cover, ` +
        `${withoutAnswers} whose industries no co-op is filed under; ${evaluated.length} evaluated.`,
    );
    console.log(`Right answers per notice: median ${median(evaluated.map((e) => e.relevant.size))}, mean ${mean(evaluated.map((e) => e.relevant.size)).toFixed(0)}.\n`);

    const report = (label: string, ranked: (e: Evaluated) => string[]) => {
      const lists = evaluated.map((e) => ({ ranked: ranked(e), relevant: e.relevant }));
      const p10 = mean(lists.map((l) => precisionAt(10, l.ranked, l.relevant)));
      const mrr = mean(lists.map((l) => reciprocalRank(l.ranked.slice(0, DEPTH), l.relevant)));
      const empty = lists.filter((l) => l.ranked.length === 0).length;
      console.log(`${label.padEnd(58)} ${p10.toFixed(3).padStart(7)} ${mrr.toFixed(3).padStart(7)} ${String(empty).padStart(8)}`);
      return { p10, mrr };
    };
    console.log(`${'system'.padEnd(58)} ${'P@10'.padStart(7)} ${'MRR'.padStart(7)} ${'no list'.padStart(8)}`);
    report('Principle Six matcher (stored matches, WEIGHTS)', (e) => e.stored);
    report('plain full-text search: any word of title and description', (e) => e.fts);
    report('plain full-text search: any word of the title', (e) => e.ftsTitle);
    report('best possible (every place a right answer)', (e) => [...e.relevant].slice(0, DEPTH));
    // Many providers tie (same category, no shared words); ties are ordered differently when
    // stored, so the check compares the sets of 25.
    const agree = evaluated.filter((e) => sameSet(e.stored, rerank(e.scored, WEIGHTS))).length;
    console.log(`\nRe-weighting the parts reproduces the stored top ${DEPTH} for ${agree} of ${evaluated.length} notices at WEIGHTS.`);
    console.log('Only text and category vary between co-ops here (needs are "anywhere", no past dealings), so only their balance is tuned:');
    for (const textWeight of [0, 0.15, 0.3, 0.45, 0.6, 0.9]) {
      for (const categoryWeight of [0, 0.15, 0.3, 0.45]) {
        if (textWeight === 0 && categoryWeight === 0) continue;
        const weights = { ...WEIGHTS, text: textWeight, category: categoryWeight };
        const mark = textWeight === WEIGHTS.text && categoryWeight === WEIGHTS.category ? '  <- WEIGHTS' : '';
        report(`  text ${textWeight.toFixed(2)}, category ${categoryWeight.toFixed(2)}${mark}`, (e) => rerank(e.scored, weights));
      }
    }
  } finally {
    await db.$disconnect();
    if (!process.env.KEEP_DATABASE) await dropDatabase(DATABASE);
  }
}

/** A public-sector buyer posting the notices; it is no provider, and no right answer. */
async function makeBuyer(services: ReturnType<typeof createServices>): Promise<{ buyer: User; buyerCoopId: string }> {
  const account = await services.accounts.signUp({ displayName: 'Buyer', email: 'buyer@bench.invalid', password: 'a long enough password' });
  if (!account.ok) throw new Error(JSON.stringify(account.errors));
  const coop = await services.coops.create(account.value, {
    name: 'Procurement notices (evaluation buyer)',
    placeName: 'Leeds',
    countryCode: 'GB',
    provides: 'Buys on behalf of public bodies; posts their procurement notices as needs.',
    categoryCodes: ['84'],
    whyBuy: 'It does not sell anything.',
    wantToTalkTo: 'Suppliers for public contracts.',
    coopType: 'OTHER',
  });
  if (!coop.ok) throw new Error(JSON.stringify(coop.errors));
  return { buyer: account.value, buyerCoopId: coop.value.id };
}

async function relevantCoops(db: Database, divisions: readonly string[], buyerCoopId: string): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM coops WHERE category_paths && ${[...divisions]}::text[] AND id <> ${buyerCoopId}::uuid`;
  return new Set(rows.map((r) => r.id));
}

/** The baseline: any word of the need's `text` (a column expression written here), ranked by ts_rank. */
async function plainFullText(db: Database, needId: string, buyerCoopId: string, text: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH q AS (
      SELECT to_tsquery('english', string_agg(quote_literal(lexeme), ' | ')) AS q
        FROM needs, unnest(to_tsvector('english', ${Prisma.raw(text)})) WHERE id = ${needId}::uuid)
    SELECT c.id FROM coops c, q
     WHERE c.search_document @@ q.q AND c.id <> ${buyerCoopId}::uuid
     ORDER BY ts_rank(c.search_document, q.q) DESC, c.id LIMIT ${DEPTH}`;
  return rows.map((r) => r.id);
}

/** The matcher's candidates with their score parts, for re-weighting without storing. */
async function scoredCandidates(db: Database, needId: string): Promise<ScoredMatch[]> {
  const need = await loadNeed(db, needId);
  if (!need) return [];
  const candidates = await providersForNeed(db, need);
  const signals = await loadPairSignals(db, candidates.map((c) => [need.coopId, c.coopId]));
  const now = new Date();
  // Keep every candidate, even under MIN_SCORE at today's weights: other weights may lift it.
  return candidates.flatMap((c) => scoreCandidate(need, c, signals, now, { minScore: -Infinity }) ?? []);
}

function rerank(scored: ScoredMatch[], weights: Weights): string[] {
  const rescored = scored
    .map((m) => ({ ...m, score: combineScore(m.parts, weights) }))
    .filter((m) => m.score >= MIN_SCORE);
  return bestMatches(rescored, DEPTH).map((m) => m.providerCoopId);
}

function sameSet(a: string[], b: string[]): boolean {
  const inA = new Set(a);
  return a.length === b.length && b.every((id) => inA.has(id));
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
