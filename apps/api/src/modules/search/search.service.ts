import { Prisma, type Coop, type Database } from '@principle-six/db';
import { MAX_SEARCH_PAGE, searchInputSchema, toFieldErrors } from '@principle-six/schema';
import { fail, invalidInput, ok, type Result } from '../../errors/user-errors';
import type { SearchSort } from '../../generated/resolvers';
import { resolveNear } from './near';
import { decodeSearchCursor, encodeSearchCursor, type SearchCursor } from './search-cursor';
import { runSearchQuery } from './run-search-query';
import { distanceExpression, MATCH_CAP, whereClause, type SearchPlan } from './search-plan';
import { toSegments, type TextSegment } from './snippets';
import { countFacets, type SearchFacets } from './search-facets';
import { suggest, type Suggestion } from './suggestions';
import { buildTsQuery, type WordGroup } from './tsquery';

export interface SearchHit {
  coop: Coop;
  cursor: string;
  score: number | null;
  distanceKm: number | null;
  snippet: TextSegment[];
  matchedCategoryCodes: string[];
}

export interface SearchPage {
  plan: SearchPlan;
  hits: SearchHit[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
  totalCountIsLowerBound: boolean;
}

interface MatchRow {
  total: number;
  id: string | null;
  score: number | null;
  distance: number | null;
  created_at: Date | null;
}

/** Spellings at least this close (pg_trgm similarity) stand in for a search word. */
const SIMILAR_SPELLING = 0.45;
const SIMILAR_PER_WORD = 3;
/** Shorter stems would stand for too many words ("co" for coffee, cooking, courier...). */
const MIN_PREFIX_LENGTH = 3;
/** Longer forms of one word searched for, shortest first: a search word is rarely a stub of more. */
const MAX_LONGER_FORMS = 30;

const HEADLINE_OPTIONS =
  'StartSel=\u0002, StopSel=\u0003, MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=2, FragmentDelimiter=" … "';

/**
 * Search by what co-ops provide. PostgreSQL does the work (see migration 2): a weighted tsvector
 * per co-op with a GIN index, pg_trgm for misspelt words, a GiST index for distance. This service
 * turns a search into SQL, pages it by keyset, and says why each hit is there.
 */
export class SearchService {
  constructor(private readonly db: Database) {}

  async search(rawInput: unknown, first: number, after: string | null): Promise<Result<SearchPage>> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_SEARCH_PAGE) {
      return fail(invalidInput(`Ask for 1 to ${MAX_SEARCH_PAGE} results at a time.`, 'first'));
    }
    const planned = await this.plan(rawInput);
    if (!planned.ok) return planned;
    let { plan } = planned.value;
    const { sort, anyWordFallback } = planned.value;
    const cursor = after ? decodeSearchCursor(after, sort) : null;
    if (after && !cursor) {
      return fail(invalidInput('That page link is not valid for this search; start from the first page.', 'after'));
    }

    let rows = await this.matches(plan, sort, cursor, first);
    if (rows[0]!.total === 0 && anyWordFallback) {
      // Nobody matched every word: show who matches some, best first, and say so.
      plan = { ...plan, query: plan.anyQuery, matchedAllWords: false };
      rows = await this.matches(plan, sort, cursor, first);
    }

    const total = rows[0]!.total;
    const found = rows.filter((r): r is MatchRow & { id: string } => r.id !== null);
    sortRows(found, sort);
    const page = found.slice(0, first);
    const hits = await this.hits(plan, sort, page);
    return ok({
      plan,
      hits,
      hasNextPage: found.length > first,
      endCursor: hits.at(-1)?.cursor ?? null,
      totalCount: total,
      totalCountIsLowerBound: total >= MATCH_CAP,
    });
  }

  /**
   * A search made ready to run: input validated, place resolved, words turned into tsqueries
   * (every word; `anyWordFallback` when an any-word retry makes sense) and the order settled.
   */
  async plan(rawInput: unknown): Promise<Result<{ plan: SearchPlan; sort: SearchSort; anyWordFallback: boolean }>> {
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

    const groups = await this.wordGroups(input.text);
    const sort: SearchSort = input.sort === 'RELEVANCE' && groups.length === 0 ? 'NEWEST' : input.sort;
    const plan: SearchPlan = {
      input,
      query: buildTsQuery(groups, 'all'),
      anyQuery: buildTsQuery(groups, 'any'),
      matchedAllWords: true,
      wordCount: groups.length,
      near,
    };
    return ok({ plan, sort, anyWordFallback: groups.length > 1 });
  }

  facets(plan: SearchPlan): Promise<SearchFacets> {
    return countFacets(this.db, plan);
  }

  suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    return suggest(this.db, prefix, limit);
  }

  /**
   * The search words as PostgreSQL lexemes, each with the indexed words that begin with it (found
   * through the trigram index, which serves LIKE), and the indexed words spelt most like it: close
   * by trigrams (pg_trgm's index), or beginning with the same three letters and within a small
   * edit distance of the word, compared over the word's length, so that a slip in a word's stem
   * still finds its longer forms ("comumnity" → "communiti"). Edit distance is used only for
   * words no profile holds, so a correctly spelt word does not drag in its neighbours. Two letters
   * swapped count as one edit, not Levenshtein's two (same letters: sorted_letters, migration 3).
   * Nearest first.
   */
  private async wordGroups(text: string): Promise<WordGroup[]> {
    if (!text) return [];
    const rows = await this.db.$queryRaw<{ lexeme: string; longer: string[]; similar: string[] }[]>`
      SELECT q.lexeme,
             CASE WHEN length(q.lexeme) < ${MIN_PREFIX_LENGTH} THEN '{}'::text[] ELSE array(
               SELECT t.term FROM search_terms t
                WHERE t.term LIKE replace(replace(replace(q.lexeme, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
                  AND t.term <> q.lexeme
                ORDER BY length(t.term), t.term
                LIMIT ${MAX_LONGER_FORMS}) END AS longer,
             CASE WHEN length(q.lexeme) < 4 THEN '{}'::text[] ELSE array(
               SELECT s.term FROM (
                 SELECT t.term, similarity(t.term, q.lexeme) AS likeness,
                        levenshtein_less_equal(left(t.term, length(q.lexeme)), q.lexeme, 3)
                          - (sorted_letters(left(t.term, length(q.lexeme))) = sorted_letters(q.lexeme))::int AS edits
                   FROM search_terms t
                  WHERE t.term <> q.lexeme AND (t.term % q.lexeme OR left(t.term, 3) = left(q.lexeme, 3))
               ) s
                WHERE s.likeness >= ${SIMILAR_SPELLING}
                   OR (s.edits <= CASE WHEN length(q.lexeme) >= 5 THEN 2 ELSE 1 END
                       AND NOT EXISTS (SELECT 1 FROM search_terms k WHERE k.term = q.lexeme))
                ORDER BY least(s.edits, CASE WHEN s.likeness >= ${SIMILAR_SPELLING} THEN 1 ELSE 3 END),
                         s.likeness DESC, s.term
                LIMIT ${SIMILAR_PER_WORD}) END AS similar
        FROM unnest(tsvector_to_array(to_tsvector('p6_search', ${text}))) AS q(lexeme)
       ORDER BY q.lexeme`;
    return rows.map((r) => ({ lexeme: r.lexeme, longer: r.longer, similar: r.similar }));
  }

  /** The matches after the cursor, at most `first + 1`, each row also carrying the total. */
  private matches(plan: SearchPlan, sort: SearchSort, cursor: SearchCursor | null, first: number) {
    return runSearchQuery<MatchRow>(this.db, plan, matchesQuery(plan, sort, cursor, first));
  }

  /** The co-ops of a page, with highlighted snippets and the categories that matched. */
  private async hits(plan: SearchPlan, sort: SearchSort, page: (MatchRow & { id: string })[]): Promise<SearchHit[]> {
    if (page.length === 0) return [];
    const ids = page.map((r) => r.id);
    const [coops, explanations] = await Promise.all([
      this.db.coop.findMany({ where: { id: { in: ids } } }),
      this.db.$queryRaw<{ id: string; snippet: string; matched: string[] }[]>`
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
               } AS matched
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
          cursor: encodeSearchCursor(cursorFor(sort, row)),
          score: row.score,
          distanceKm: row.distance,
          snippet: toSegments(explanation?.snippet ?? '', plan.anyQuery !== null),
          matchedCategoryCodes: explanation?.matched ?? [],
        },
      ];
    });
  }
}

function cursorFor(sort: SearchSort, row: MatchRow & { id: string }): SearchCursor {
  if (sort === 'NEWEST') return { sort, createdAt: row.created_at!.toISOString(), id: row.id };
  if (sort === 'DISTANCE') return { sort, distance: row.distance!, id: row.id };
  return { sort, score: row.score!, id: row.id };
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

/**
 * ts_rank's weights for D, C, B, A: half PostgreSQL's defaults (0.1, 0.2, 0.4, 1.0). At full
 * weight a many-word query saturates the rank at 1.0 for every co-op whose strongest fields
 * hold the words, and the order among them is lost (measured: bench/search-relevance.ts).
 */
const RANK_WEIGHTS = '{0.05, 0.1, 0.2, 0.5}';

/**
 * A co-op whose name or pitch holds the words exactly as typed (two words or more) comes first:
 * someone who pastes a phrase means that phrase, including the short words full-text search
 * drops ("then we have extended our" is only "extend" to it).
 */
function exactPhraseBonus(text: string): Prisma.Sql {
  const phrase = text.trim().replace(/\s+/g, ' ');
  if (!phrase.includes(' ')) return Prisma.sql`0`;
  const pattern = `%${phrase.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  return Prisma.sql`(CASE WHEN c.provides ILIKE ${pattern} OR c.name ILIKE ${pattern} THEN 1 ELSE 0 END)`;
}

/**
 * The SQL for the matches after the cursor, at most `first + 1`, each row also carrying the
 * total. The candidates are capped (MATCH_CAP) before ranking so that a broad word costs a bounded amount.
 */
export function matchesQuery(plan: SearchPlan, sort: SearchSort, cursor: SearchCursor | null, first: number): Prisma.Sql {
  const where = whereClause(plan);
  const distance = distanceExpression(plan);
  const score = plan.query
    ? Prisma.sql`(ts_rank(${RANK_WEIGHTS}::float4[], c.search_document, ${plan.query}::tsquery)
                  + ${exactPhraseBonus(plan.input.text)})::float8`
    : Prisma.sql`NULL::float8`;
  const candidateOrder =
    sort === 'NEWEST'
      ? Prisma.sql`ORDER BY c.created_at DESC, c.id DESC`
      : sort === 'DISTANCE'
        ? Prisma.sql`ORDER BY point(c.longitude, c.latitude) <-> point(${plan.near!.longitude}::float8, ${plan.near!.latitude}::float8)`
        : Prisma.empty;
  const pageOrder =
    sort === 'NEWEST'
      ? Prisma.sql`ORDER BY m.created_at DESC, m.id DESC`
      : sort === 'DISTANCE'
        ? Prisma.sql`ORDER BY m.distance ASC, m.id ASC`
        : Prisma.sql`ORDER BY m.score DESC, m.id ASC`;
  let after: Prisma.Sql = Prisma.empty;
  // Float keys travel as text: a number parameter reaches PostgreSQL rounded to 15 or 16 digits,
  // and a key that no longer equals its own row's repeats that row on every next page.
  if (cursor?.sort === 'NEWEST') {
    after = Prisma.sql`WHERE (m.created_at, m.id) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`;
  } else if (cursor?.sort === 'DISTANCE') {
    after = Prisma.sql`WHERE (m.distance, m.id) > (${String(cursor.distance)}::float8, ${cursor.id}::uuid)`;
  } else if (cursor?.sort === 'RELEVANCE') {
    after = Prisma.sql`WHERE (m.score < ${String(cursor.score)}::float8 OR (m.score = ${String(cursor.score)}::float8 AND m.id > ${cursor.id}::uuid))`;
  }
  return Prisma.sql`
    WITH m AS MATERIALIZED (
      SELECT c.id, c.created_at, ${score} AS score, ${distance} AS distance
        FROM coops c ${where} ${candidateOrder} LIMIT ${MATCH_CAP}
    ), page AS (
      SELECT m.* FROM m ${after} ${pageOrder} LIMIT ${first + 1}
    )
    SELECT t.total, page.id, page.score, page.distance, page.created_at
      FROM (SELECT count(*)::int AS total FROM m) t LEFT JOIN page ON true`;
}
