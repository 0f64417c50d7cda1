import { Prisma } from '@principle-six/db';
import type { SearchSort } from '../../generated/resolvers';
import type { SearchCursor } from './search-cursor';
import { distanceExpression, filtersApplied, MATCH_CAP, whereClause, type RankingFigures, type SearchPlan } from './search-plan';
import { walkedMatches } from './table-walk';
import { allWordsQuery, anyOf, phraseQuery, tierForms, type Tier } from './tsquery';
import type { WordGroup } from './word-groups';

/**
 * Ranking: BM25 over PostgreSQL's own search documents, computed in the statement that finds the
 * matches. Per typed word, its weight is BM25's idf from our own corpus (search_term_counts,
 * kept exact by triggers), and its term frequency is PostgreSQL's ts_rank of the word in the
 * document: a sum over the word's occurrences weighted by field (what they provide A, name B,
 * the rest of the pitch C, place D) with diminishing returns for repeats; BM25 then saturates it
 * and normalises by the document's length against the corpus average (k1, b). A word's forms
 * weigh by tier: its own forms fully, longer forms and near spellings less, related words least.
 *
 * Co-ops holding every word come first; then, for searches of two words or more, those holding
 * all but one, and so on (the words' weights order co-ops within each), found by asking again without one word,
 * without two for searches of up to five words, and for each rare word alone. Each such ask is
 * capped, as the full one is.
 */

/** BM25's usual constants: term-frequency saturation and length normalisation. */
export const K1 = 1.2;
export const B = 0.75;
/** ts_rank's field weights for D, C, B, A: PostgreSQL's defaults. */
const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';
/** ts_rank of one occurrence in field A (1/1.64493…, its normalising constant): counted as 1. */
const ONE_OCCURRENCE = 0.6079271;
/** How much each tier of a word's forms counts against the word itself. */
export const TIER_WEIGHT: Record<Tier, number> = { exact: 1, variant: 0.5, related: 0.35 };
/**
 * Added per word a co-op holds (by its own forms), so that co-ops holding all the words rank above
 * any holding fewer, those holding all but one above those holding fewer still, and so on; the
 * words' weights order co-ops within each. Far above any BM25 score.
 */
export const PER_WORD_HELD = 1000;
/** The typed words as a phrase, in the order typed, add this share of the words' weight. */
const PHRASE_SHARE = 0.3;
/** The exact text (two words or more) in the name or what they provide adds this share. */
const EXACT_TEXT_SHARE = 0.5;
/** Searches of at most this many words are relaxed by leaving out each word in turn; longer ones, only their DROP_COMMONEST commonest. */
const RELAX_ONE_UP_TO = 6;
const DROP_COMMONEST = 2;
/** Searches of at most this many words are also relaxed by two words, not only one. */
const RELAX_TWO_UP_TO = 5;

/** BM25's idf: ln(1 + (N − n + 0.5) / (n + 0.5)), never negative. */
export function idf(coops: number, corpus: number): number {
  const n = Math.min(coops, corpus);
  return Math.log(1 + (corpus - n + 0.5) / (n + 0.5));
}

/** The figures this search ranks with: a first page's, carried by the cursor, or the live ones. */
export function rankingFigures(plan: SearchPlan): RankingFigures {
  return plan.ranking ?? { coops: plan.corpus.coops, averageLength: plan.corpus.averageLength, wordCoops: plan.groups.map((g) => g.coops) };
}

export function wordWeights(plan: SearchPlan): number[] {
  const figures = rankingFigures(plan);
  return figures.wordCoops.map((n) => idf(n, Math.max(figures.coops, 1)));
}

/**
 * The subsets of words a relaxed search asks for: every way of leaving one word out, for up to
 * RELAX_TWO_UP_TO words two, and, alone, each word rare enough that all its co-ops fit under the
 * cap (a rare word says most about what is wanted, and costs least to look up).
 */
export function relaxedSubsets(groups: readonly Pick<WordGroup, 'coops'>[], cap = MATCH_CAP): number[][] {
  const count = groups.length;
  if (count < 2) return [];
  const all = [...Array(count).keys()];
  // Past RELAX_ONE_UP_TO words, asking again without each word in turn would be that many asks
  // of many common words (a dozen: seconds); the commonest words say least, so only they are left out.
  const droppable = count <= RELAX_ONE_UP_TO ? all : [...all].sort((a, b) => groups[b]!.coops - groups[a]!.coops).slice(0, DROP_COMMONEST);
  const subsets = droppable.map((drop) => all.filter((i) => i !== drop));
  if (count >= 3 && count <= RELAX_TWO_UP_TO) {
    for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) subsets.push(all.filter((i) => i !== a && i !== b));
  }
  for (const i of all) {
    const alone = [i];
    if (groups[i]!.coops <= cap && !subsets.some((s) => s.length === 1 && s[0] === i)) subsets.push(alone);
  }
  return subsets;
}

function tsquery(text: string): Prisma.Sql {
  return Prisma.sql`${text}::tsquery`;
}

/** BM25's saturated, length-normalised term frequency of one tier of a word's forms. */
function tierFrequency(group: WordGroup, tier: Tier): Prisma.Sql | null {
  const query = anyOf(tierForms(group, tier));
  if (!query) return null;
  return Prisma.sql`ts_rank(${RANK_WEIGHTS}::float4[], c.search_document, ${tsquery(query)}) / ${ONE_OCCURRENCE}::float8`;
}

/**
 * Per word, computed once per candidate in a LATERAL subquery: `o<i>`, its own and variant forms'
 * weighted frequency (the better counts), and `w<i>`, the same or its related words', whichever is
 * more. A co-op holds every word when each `o` is above 0: a related word ranks it, but does not
 * put it among those with every word.
 */
function perWord(plan: SearchPlan): { columns: Prisma.Sql; score: Prisma.Sql; whole: Prisma.Sql } {
  const weights = wordWeights(plan);
  const columns: Prisma.Sql[] = [];
  const scores: Prisma.Sql[] = [];
  const whole: Prisma.Sql[] = [];
  const weighted = (group: WordGroup, tier: Tier) => {
    const frequency = tierFrequency(group, tier);
    return frequency ? Prisma.sql`${TIER_WEIGHT[tier]}::float8 * (${frequency})` : null;
  };
  const best = (parts: (Prisma.Sql | null)[]) => {
    const present = parts.filter((p): p is Prisma.Sql => p !== null);
    if (present.length === 0) return Prisma.sql`0::float8`;
    return present.length === 1 ? present[0]! : Prisma.sql`greatest(${Prisma.join(present, ', ')})`;
  };
  plan.groups.forEach((group, i) => {
    const own = Prisma.raw(`o${i}`);
    const any = Prisma.raw(`w${i}`);
    columns.push(Prisma.sql`${best([weighted(group, 'exact'), weighted(group, 'variant')])} AS ${own}`);
    const related = weighted(group, 'related');
    columns.push(related ? Prisma.sql`${related} AS ${any}` : Prisma.sql`0::float8 AS ${any}`);
    const frequency = Prisma.sql`greatest(r.${own}, r.${any})`;
    scores.push(Prisma.sql`${weights[i]!}::float8 * ${frequency} * ${K1 + 1}::float8 / (${frequency} + ${K1}::float8 * r.norm)`);
    whole.push(Prisma.sql`(r.${own} > 0)::int`);
  });
  return { columns: Prisma.join(columns, ', '), score: Prisma.join(scores, ' + '), whole: Prisma.join(whole, ' + ') };
}

/**
 * A co-op whose name or pitch holds the words exactly as typed (two words or more) ranks higher:
 * someone who pastes a phrase means that phrase, including the short words full-text search
 * drops ("then we have extended our" is only "extend" to it).
 */
function exactTextMatch(text: string): Prisma.Sql {
  const phrase = text.trim().replace(/\s+/g, ' ');
  if (!phrase.includes(' ')) return Prisma.sql`0`;
  const pattern = `%${phrase.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  return Prisma.sql`(c.provides ILIKE ${pattern} OR c.name ILIKE ${pattern})::int`;
}

/** The whole score of a candidate `c`, and whether it holds every word. */
function scoring(plan: SearchPlan, sort: SearchSort): { lateral: Prisma.Sql; score: Prisma.Sql; whole: Prisma.Sql } {
  if (plan.groups.length === 0) {
    return { lateral: Prisma.empty, score: Prisma.sql`NULL::float8`, whole: Prisma.sql`true` };
  }
  const { columns, score, whole: held } = perWord(plan);
  const whole = Prisma.sql`((${held}) = ${plan.groups.length})`;
  const totalWeight = wordWeights(plan).reduce((a, b) => a + b, 0);
  const phrase = phraseQuery(plan.groups);
  const bonuses = [
    phrase ? Prisma.sql`${PHRASE_SHARE * totalWeight}::float8 * (c.search_document @@ ${tsquery(phrase)})::int` : null,
    plan.groups.length >= 2 ? Prisma.sql`${EXACT_TEXT_SHARE * totalWeight}::float8 * ${exactTextMatch(plan.input.text)}` : null,
  ].filter((b): b is Prisma.Sql => b !== null);
  const lateral = Prisma.sql`CROSS JOIN LATERAL (
      SELECT ${columns},
             (1 - ${B}::float8 + ${B}::float8 * length(c.search_document) / ${rankingFigures(plan).averageLength}::float8) AS norm
    ) r`;
  const tiers = sort === 'RELEVANCE' ? Prisma.sql` + ${PER_WORD_HELD}::float8 * (${held})` : Prisma.empty;
  const extra = bonuses.length ? Prisma.sql` + ${Prisma.join(bonuses, ' + ')}` : Prisma.empty;
  return { lateral, score: Prisma.sql`(${score}${extra}${tiers})::float8`, whole };
}

/**
 * The SQL for the matches after the cursor, at most `first + 1`, each row also carrying the
 * totals: co-ops found, how many of them hold every word, and whether those with only some
 * were left for a later page. Candidates are capped (MATCH_CAP) before ranking, so that a broad
 * word costs a bounded amount.
 */
export function matchesQuery(plan: SearchPlan, sort: SearchSort, cursor: SearchCursor | null, first: number): Prisma.Sql {
  const distance = distanceExpression(plan);
  const { lateral, score, whole } = scoring(plan, sort);
  const scanOrder =
    sort === 'NEWEST'
      ? Prisma.sql`ORDER BY c.created_at DESC, c.id DESC`
      : sort === 'DISTANCE'
        ? Prisma.sql`ORDER BY point(c.longitude, c.latitude) <-> point(${plan.near!.longitude}::float8, ${plan.near!.latitude}::float8)`
        : Prisma.empty;
  const subsets = relaxedSubsets(plan.groups);
  const perSubset = Math.max(200, Math.ceil(MATCH_CAP / Math.max(subsets.length + 1, 1)));
  // Co-ops holding every word by its own forms are asked for first; those holding some only
  // through related words (a wider, dearer ask) only when the first ask leaves room.
  const viaRelated = plan.groups.some((g) => g.related.length > 0)
    ? [Prisma.sql`(SELECT c.id FROM coops c ${whereClause(plan, undefined, plan.widerQuery)} ${scanOrder} LIMIT ${perSubset})`]
    : [];
  const relaxed = subsets.map((subset) => {
    const query = allWordsQuery(subset.map((i) => plan.groups[i]!));
    const walk = subset.length === 1 && sort === 'RELEVANCE' ? walkedMatches(plan, plan.groups[subset[0]!]!, query!, perSubset) : null;
    if (walk) return walk;
    return Prisma.sql`(SELECT c.id FROM coops c ${whereClause(plan, undefined, query)} ${scanOrder} LIMIT ${perSubset})`;
  });
  const pageOrder =
    sort === 'NEWEST'
      ? Prisma.sql`ORDER BY m.created_at DESC, m.id DESC`
      : sort === 'DISTANCE'
        ? Prisma.sql`ORDER BY m.distance ASC, m.id ASC`
        : Prisma.sql`ORDER BY m.score DESC, m.id ASC`;
  const after = afterCursor(cursor);
  // Relevance: co-ops with most of the words follow those with all of them, so they are asked
  // for once the page cannot be filled with co-ops holding every word (a first page of 20 such
  // co-ops does not pay for the relaxed asks; the page that reaches the end of them does). Other
  // orders would mix them in, so they are used only when no co-op has every word.
  const relaxWhen =
    sort === 'RELEVANCE'
      ? Prisma.sql`(SELECT count(*) FROM m1 m ${after}) <= ${first}`
      : Prisma.sql`(SELECT count(*) FROM allw) = 0`;
  const widened = [...viaRelated, ...relaxed];
  const scored = (from: string) => Prisma.sql`
      SELECT c.id, c.created_at, ${score} AS score, ${distance} AS distance, ${whole} AS whole
        FROM ${Prisma.raw(from)} JOIN coops c USING (id) ${lateral}`;
  const relaxedCtes = widened.length
    ? Prisma.sql`, relaxed AS MATERIALIZED (
        SELECT x.id FROM (${Prisma.join(widened, ' UNION ')}) x
         WHERE ${relaxWhen} AND x.id NOT IN (SELECT id FROM allw)
      ), m2 AS MATERIALIZED (${scored('relaxed')}),
      m AS (SELECT * FROM m1 UNION ALL SELECT * FROM m2)`
    : Prisma.sql`, m AS (SELECT * FROM m1)`;
  // Only relevance leaves partial matches for a later page; other orders use them only when no
  // co-op holds every word, so their count is then complete.
  const deferred = widened.length && sort === 'RELEVANCE' ? Prisma.sql`NOT ${relaxWhen}` : Prisma.sql`false`;
  return Prisma.sql`
    WITH allw AS MATERIALIZED (${allWords(plan, sort, scanOrder)}), m1 AS MATERIALIZED (${scored('allw')})${relaxedCtes},
    page AS (
      SELECT m.id, m.created_at, m.score, m.distance FROM m ${after} ${pageOrder} LIMIT ${first + 1}
    )
    SELECT t.total, t.all_words, t.deferred, page.id, page.score, page.distance, page.created_at
      FROM (SELECT count(*)::int AS total, (count(*) FILTER (WHERE m.whole))::int AS all_words, ${deferred} AS deferred FROM m) t
      LEFT JOIN page ON true`;
}

/**
 * Co-ops holding every word, up to the cap. One word under filters may be walked to (table-walk.ts):
 * with filters, the statement runs with the index forced, and a word in many profiles under a
 * broad filter ("catering", worker co-ops) costs its whole list (110 ms at 3M) where reading until
 * 1,000 turn up costs a third of that. Without filters the planner makes that choice itself.
 */
function allWords(plan: SearchPlan, sort: SearchSort, scanOrder: Prisma.Sql): Prisma.Sql {
  const walk =
    plan.groups.length === 1 && sort === 'RELEVANCE' && filtersApplied(plan)
      ? walkedMatches(plan, plan.groups[0]!, plan.query!, MATCH_CAP)
      : null;
  return walk ? Prisma.sql`SELECT id FROM ${walk} w` : Prisma.sql`SELECT c.id FROM coops c ${whereClause(plan)} ${scanOrder} LIMIT ${MATCH_CAP}`;
}

/**
 * Rows of `m` after the cursor. Float keys travel as text: a number parameter reaches
 * PostgreSQL rounded to 15 or 16 digits, and a key that no longer equals its own row's repeats
 * that row on every next page.
 */
function afterCursor(cursor: SearchCursor | null): Prisma.Sql {
  if (cursor?.sort === 'NEWEST') {
    return Prisma.sql`WHERE (m.created_at, m.id) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`;
  }
  if (cursor?.sort === 'DISTANCE') {
    return Prisma.sql`WHERE (m.distance, m.id) > (${String(cursor.distance)}::float8, ${cursor.id}::uuid)`;
  }
  if (cursor?.sort === 'RELEVANCE') {
    return Prisma.sql`WHERE (m.score < ${String(cursor.score)}::float8 OR (m.score = ${String(cursor.score)}::float8 AND m.id > ${cursor.id}::uuid))`;
  }
  return Prisma.empty;
}
