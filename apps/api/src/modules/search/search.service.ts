import { Prisma, type Coop, type Database } from '@principle-six/db';
import { MAX_SEARCH_PAGE, searchInputSchema, toFieldErrors } from '@principle-six/schema';
import { fail, invalidInput, ok, type Result } from '../../errors/user-errors';
import { STOP_LEXEMES_SQL } from '../../language/stop-words';
import type { SearchSort } from '../../generated/resolvers';
import { resolveNear } from './near';
import { decodeSearchCursor, encodeSearchCursor, type SearchCursor } from './search-cursor';
import { alternativeSearches, type AlternativeSearch } from './alternatives';
import { runSearchQuery } from './run-search-query';
import { matchesQuery, rankingFigures } from './ranking';
import { MATCH_CAP, type SearchPlan } from './search-plan';
import { toSegments, type TextSegment } from './snippets';
import { FacetCache } from './facet-cache';
import { estimateFilterRows, filterFirst } from './filter-estimate';
import type { SearchFacets } from './search-facets';
import { suggest, type Suggestion } from './suggestions';
import { allWordsQuery, anyOf, anyWordQuery, formQuery, groupQuery } from './tsquery';
import { wordGroups, type Corpus } from './word-groups';

const NO_CORPUS: Corpus = { coops: 0, averageLength: 1 };
/**
 * Learning related words from profiles: a sample big enough for stable counts and small enough
 * for a nightly minute at millions of co-ops; a pair must occur together in at least 3 profiles
 * (fewer is chance), with NPMI of 0.3 or more (clearly above independence, 0); 4 per word.
 */
const LEARNING = { sample: 50_000, minTogether: 3, perWord: 4, minNpmi: 0.3 } as const;

/** Related matches reported per hit (the schema's listSize): enough to explain it. */
const MAX_RELATED_MATCHES = 3;

export interface SearchHit {
  coop: Coop;
  cursor: string;
  score: number | null;
  distanceKm: number | null;
  snippet: TextSegment[];
  matchedCategoryCodes: string[];
  /** Typed words this co-op does not hold (found by a relaxed search). */
  missingWords: string[];
  /** Typed words this co-op holds only as a related word, and which. */
  relatedMatches: { typed: string; matched: string }[];
}

export interface SearchPage {
  plan: SearchPlan;
  hits: SearchHit[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
  totalCountIsLowerBound: boolean;
  /** Co-ops holding every word (up to the cap). */
  allWordsCount: number;
  /** Typed words some hit on this page does not hold, in the order typed. */
  droppedWords: string[];
  /** Other searches to offer when few co-ops hold every word (first page only). */
  alternatives: AlternativeSearch[];
}

interface MatchRow {
  total: number;
  all_words: number;
  /** Co-ops with only some of the words were not asked for yet: they start on a later page. */
  deferred: boolean;
  id: string | null;
  score: number | null;
  distance: number | null;
  created_at: Date | null;
}

const HEADLINE_OPTIONS =
  'StartSel=\u0002, StopSel=\u0003, MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=2, FragmentDelimiter=" … "';

/**
 * Search by what co-ops provide. PostgreSQL does the work: a weighted tsvector per co-op with a
 * GIN index (migration 2), word counts for ranking (migration 8), pg_trgm for misspelt words, a
 * GiST index for distance. This service turns a search into SQL (word-groups.ts, ranking.ts),
 * pages it by keyset, and says why each hit is there.
 */
export class SearchService {
  private readonly facetCache: FacetCache;

  constructor(private readonly db: Database) {
    this.facetCache = new FacetCache(db);
  }

  async search(rawInput: unknown, first: number, after: string | null): Promise<Result<SearchPage>> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_SEARCH_PAGE) {
      return fail(invalidInput(`Ask for 1 to ${MAX_SEARCH_PAGE} results at a time.`, 'first'));
    }
    const planned = await this.plan(rawInput);
    if (!planned.ok) return planned;
    let { plan } = planned.value;
    const { sort } = planned.value;
    const cursor = after ? decodeSearchCursor(after, sort) : null;
    if (after && !cursor) {
      return fail(invalidInput('That page link is not valid for this search; start from the first page.', 'after'));
    }

    if (cursor?.sort === 'RELEVANCE' && cursor.figures?.wordCoops.length === plan.groups.length) {
      // Rank the next page with the figures the first was ranked with (search-cursor.ts). Only
      // ranking: how the co-ops are found is decided from live counts, since a cursor is the
      // client's to forge, and forged counts must not choose a walk of the whole table.
      plan = { ...plan, ranking: cursor.figures };
    }
    const rows = await runSearchQuery<MatchRow>(this.db, plan, matchesQuery(plan, sort, cursor, first));
    const { total, all_words: allWordsCount, deferred } = rows[0]!;
    // Facets count what the page shows: every word when some co-op has them all, else any word.
    plan = { ...plan, matchedAllWords: plan.groups.length === 0 || allWordsCount > 0 };
    const found = rows.filter((r): r is MatchRow & { id: string } => r.id !== null);
    sortRows(found, sort);
    const page = found.slice(0, first);
    const [hits, alternatives] = await Promise.all([
      this.hits(plan, sort, page),
      after ? [] : alternativeSearches(this.db, plan, allWordsCount),
    ]);
    const missing = new Set(hits.flatMap((h) => h.missingWords));
    return ok({
      plan,
      hits,
      hasNextPage: found.length > first,
      endCursor: hits.at(-1)?.cursor ?? null,
      totalCount: total,
      totalCountIsLowerBound: total >= MATCH_CAP || deferred,
      allWordsCount,
      droppedWords: plan.groups.map((g) => g.typed).filter((w) => missing.has(w)),
      alternatives,
    });
  }

  /**
   * A search made ready to run: input validated, place resolved, words turned into groups of
   * forms with their weights (word-groups.ts) and the order settled.
   */
  async plan(rawInput: unknown): Promise<Result<{ plan: SearchPlan; sort: SearchSort }>> {
    const parsed = searchInputSchema.safeParse(rawInput);
    if (!parsed.success) return fail(...toFieldErrors(parsed.error));
    const input = parsed.data;

    let near: SearchPlan['near'] = null;
    if (input.near) {
      const place = await resolveNear(this.db, input.near.place);
      if (!place) {
        return fail(
          invalidInput(
            `We could not find "${input.near.place}". Try a town or city ("Leeds" or "Leeds, GB") or a UK postcode.`,
            'near.place',
          ),
        );
      }
      near = { ...place, radiusKm: input.near.radiusKm };
    }

    const { groups, corpus } = input.text ? await wordGroups(this.db, input.text) : { groups: [], corpus: NO_CORPUS };
    const sort: SearchSort = input.sort === 'RELEVANCE' && groups.length === 0 ? 'NEWEST' : input.sort;
    const words: SearchPlan = {
      input,
      groups,
      corpus,
      query: allWordsQuery(groups, 'own'),
      widerQuery: allWordsQuery(groups),
      anyOwnQuery: anyWordQuery(groups, 'own'),
      anyQuery: anyWordQuery(groups),
      filterFirst: null,
      filterRows: null,
      matchedAllWords: true,
      wordCount: groups.length,
      near,
    };
    const [filterRows, split] = groups.length
      ? await Promise.all([estimateFilterRows(this.db, words), filterFirst(this.db, words)])
      : [null, null];
    const plan: SearchPlan = { ...words, filterRows, filterFirst: split };
    return ok({ plan, sort });
  }

  facets(plan: SearchPlan): Promise<SearchFacets> {
    return this.facetCache.facets(plan);
  }

  /**
   * Folds the word counts' change rows into one per word (migration 8): the sums, and so the
   * ranking, are the same before and after; reading them gets cheaper once the folded rows are
   * vacuumed away, which is done at once rather than left to autovacuum's next round: until then
   * each word's lookup reads past them (900 ms for a search's first statement at 3M).
   */
  async compactWordCounts(): Promise<void> {
    await this.db.$executeRaw`SELECT compact_search_counts()`;
    await this.db.$executeRawUnsafe('VACUUM (ANALYZE) search_term_counts, search_corpus_counts');
  }

  /**
   * Learns which words occur together in profiles more than chance (learn_related_terms(),
   * migration 9) and replaces the related words search takes from profiles. Run nightly by the
   * job worker, and once when a directory has never been learned from.
   */
  async learnRelatedWords(): Promise<number> {
    const [row] = await this.db.$queryRaw<{ learned: number }[]>`
      SELECT learn_related_terms(${LEARNING.sample}::int, ${LEARNING.minTogether}::int, ${LEARNING.perWord}::int,
                                 ${LEARNING.minNpmi}::float8, ${STOP_LEXEMES_SQL}) AS learned`;
    return row?.learned ?? 0;
  }

  /** Queues learning related words when a directory with profiles has never been learned from. */
  async learnIfNeverLearned(): Promise<void> {
    await this.db.$executeRaw`
      SELECT graphile_worker.add_job('learn-related-words', '{}'::json, job_key := 'learn-related-words')
       WHERE NOT EXISTS (SELECT 1 FROM related_terms WHERE source = 'profiles')
         AND EXISTS (SELECT 1 FROM coops)`;
  }

  suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    return suggest(this.db, prefix, limit);
  }

  /** The co-ops of a page, with highlighted snippets and the categories that matched. */
  private async hits(plan: SearchPlan, sort: SearchSort, page: (MatchRow & { id: string })[]): Promise<SearchHit[]> {
    if (page.length === 0) return [];
    const ids = page.map((r) => r.id);
    const [coops, explanations] = await Promise.all([
      this.db.coop.findMany({ where: { id: { in: ids } } }),
      this.db.$queryRaw<{ id: string; snippet: string; matched: string[]; missing: string[]; related: string[] }[]>`
        SELECT c.id,
               ${
                 plan.anyQuery
                   ? Prisma.sql`ts_headline('p6_search', c.provides, ${plan.anyQuery}::tsquery, ${HEADLINE_OPTIONS})`
                   : Prisma.sql`c.provides`
               } AS snippet,
               ${
                 plan.anyQuery
                   ? Prisma.sql`array(SELECT k.code FROM categories k
                                       WHERE k.code = ANY (c.category_paths)
                                         AND to_tsvector('p6_search', k.name) @@ ${plan.anyQuery}::tsquery
                                       ORDER BY length(k.code) DESC, k.code)`
                   : Prisma.sql`'{}'::text[]`
               } AS matched,
               ${missingWords(plan)} AS missing,
               ${relatedMatches(plan)} AS related
          FROM coops c WHERE c.id = ANY (${ids}::uuid[])`,
    ]);
    const coopById = new Map(coops.map((c) => [c.id, c]));
    const why = new Map(explanations.map((e) => [e.id, e]));
    return page.flatMap((row) => {
      const coop = coopById.get(row.id);
      if (!coop) return []; // deleted between the two queries
      const explanation = why.get(row.id);
      return [
        {
          coop,
          cursor: encodeSearchCursor(cursorFor(sort, row, plan)),
          score: row.score,
          distanceKm: row.distance,
          snippet: toSegments(explanation?.snippet ?? '', plan.anyQuery !== null),
          matchedCategoryCodes: explanation?.matched ?? [],
          missingWords: explanation?.missing ?? [],
          relatedMatches: (explanation?.related ?? []).slice(0, MAX_RELATED_MATCHES).map((pair) => {
            const [typed, matched] = JSON.parse(pair) as [string, string];
            return { typed, matched };
          }),
        },
      ];
    });
  }
}

function cursorFor(sort: SearchSort, row: MatchRow & { id: string }, plan: SearchPlan): SearchCursor {
  if (sort === 'NEWEST') return { sort, createdAt: row.created_at!.toISOString(), id: row.id };
  if (sort === 'DISTANCE') return { sort, distance: row.distance!, id: row.id };
  const figures = rankingFigures(plan);
  return { sort, score: row.score!, id: row.id, figures };
}

/** The page came back through a join; put it back in the order SQL chose. */
function sortRows(rows: (MatchRow & { id: string })[], sort: SearchSort): void {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  rows.sort((a, b) => {
    if (sort === 'NEWEST') return b.created_at!.getTime() - a.created_at!.getTime() || -byId(a, b);
    if (sort === 'DISTANCE') return a.distance! - b.distance! || byId(a, b);
    return b.score! - a.score! || byId(a, b);
  });
}

/** The typed words a co-op does not hold. */
function missingWords(plan: SearchPlan): Prisma.Sql {
  if (plan.groups.length === 0) return Prisma.sql`'{}'::text[]`;
  const cases = plan.groups.map(
    (g) => Prisma.sql`CASE WHEN c.search_document @@ ${groupQuery(g)}::tsquery THEN NULL ELSE ${g.typed} END`,
  );
  return Prisma.sql`array_remove(ARRAY[${Prisma.join(cases, ', ')}]::text[], NULL)`;
}

/**
 * The typed words a co-op holds only through a related word, each as a JSON pair [typed,
 * related word]: the first related word it holds, strongest first.
 */
function relatedMatches(plan: SearchPlan): Prisma.Sql {
  const cases = plan.groups.flatMap((g) => {
    const own = anyOf([...g.exact, ...g.variant.map((f) => f.form)]);
    if (g.related.length === 0 || !own) return [];
    const options = g.related.map(
      (r) => Prisma.sql`WHEN c.search_document @@ ${formQuery(r.form)}::tsquery THEN ${JSON.stringify([g.typed, r.word])}`,
    );
    return [Prisma.sql`CASE WHEN c.search_document @@ ${own}::tsquery THEN NULL ${Prisma.join(options, ' ')} END`];
  });
  if (cases.length === 0) return Prisma.sql`'{}'::text[]`;
  return Prisma.sql`array_remove(ARRAY[${Prisma.join(cases, ', ')}]::text[], NULL)`;
}
