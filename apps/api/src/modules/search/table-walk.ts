import { Prisma } from '@principle-six/db';
import { filtersApplied, whereClause, type Facet, type SearchPlan } from './search-plan';
import type { WordGroup } from './word-groups';

/**
 * One word's co-ops under the filters are found either through the indexes or by reading the
 * table in its physical order until enough turn up (a walk), whichever reads less. The index
 * first lists every co-op holding the word, about 0.3–0.5 µs each with the bitmap built from it
 * (85 ms for "print", held by 292,000 of 3 million); the walk checks about 1.5 µs a row and stops
 * at the limit (6 ms for "print", 25 ms for "energy", held by 2 %; bench/explain-search.ts). So
 * the walk is chosen when the rows it expects to read are at most a third of the word's co-ops.
 */
const WALK_COST_RATIO = 3;
/** A walk reads at most this many times the rows it expects, then the index makes up the rest. */
const WALK_BOUND = 4;

/**
 * Rows to read for `wanted` co-ops holding the word and passing filters that let `filterShare`
 * of co-ops through, or null when the index is cheaper.
 */
export function walkLength(corpusCoops: number, group: Pick<WordGroup, 'coops'>, wanted: number, filterShare = 1): number | null {
  const share = Math.min(group.coops / Math.max(corpusCoops, 1), 1) * Math.min(filterShare, 1);
  if (share <= 0) return null;
  const expected = Math.ceil(wanted / share);
  return expected * WALK_COST_RATIO <= group.coops ? expected * WALK_BOUND : null;
}

/** The share of co-ops the plan's filters let through: 1 without filters, null when unknown (a place). */
export function filterShare(plan: SearchPlan, filtered: boolean): number | null {
  if (!filtered) return 1;
  if (plan.filterRows === null) return null;
  return plan.filterRows / Math.max(plan.corpus.coops, 1);
}

/**
 * Up to `limit` co-ops (the given columns, and `id`) holding one word's `query` and passing the
 * filters (all but `omit`'s), by a walk when that is cheaper, else null (the caller asks the
 * indexes). A walk that comes up short, because the word's forms overlap more than their summed
 * counts say or the filters are rarer together than apart, is topped up from the indexes: the walk
 * only ever changes the cost, not the answer. ts_match_vq is @@ as a function: the same test,
 * which no index serves, so the walk is a TID range scan (which enable_seqscan = off leaves alone).
 */
export function walkedMatches(
  plan: SearchPlan,
  group: WordGroup,
  query: string,
  limit: number,
  options: { omit?: Facet; columns?: Prisma.Sql } = {},
): Prisma.Sql | null {
  const share = filterShare(plan, filtersApplied(plan, options.omit));
  const rows = share === null ? null : walkLength(plan.corpus.coops, group, limit, share);
  if (rows === null) return null;
  const select = options.columns ? Prisma.sql`c.id, ${options.columns}` : Prisma.sql`c.id`;
  const walked = Prisma.sql`SELECT ${select}
      FROM (SELECT * FROM coops c WHERE c.ctid >= '(0,0)'::tid LIMIT ${rows}) c
      ${whereClause(plan, options.omit, query, true)} LIMIT ${limit}`;
  return Prisma.sql`(WITH walked AS MATERIALIZED (${walked})
      SELECT * FROM walked
      UNION ALL
      (SELECT ${select} FROM coops c ${whereClause(plan, options.omit, query)}
          AND (SELECT count(*) FROM walked) < ${limit} AND c.id NOT IN (SELECT id FROM walked)
        LIMIT ${limit})
      LIMIT ${limit})`;
}
