import type { Database } from '@principle-six/db';
import { filtersApplied, whereClause, type SearchPlan } from './search-plan';
import { ownFormsQuery } from './tsquery';
import type { WordGroup } from './word-groups';

/**
 * A word held by this many times more co-ops than the filters let through (a category among them)
 * is checked on each co-op the categories' index lists, rather than looked up in the text index
 * as well. Why: PostgreSQL joins the two lists (BitmapAnd) whatever their sizes, and listing a common word's co-ops costs
 * about 0.3 µs each: 150 ms for "printing" (292,000 co-ops) in category 18 (62,000), against
 * 26 ms checking "printing" on the category's co-ops until enough match. When the sizes are close
 * the index wins ("payroll", 133,000, in M, 226,000: 110 ms against 310), hence a clear margin.
 * (bench/explain-search.ts, 3 million synthetic co-ops.)
 */
export const FILTER_FIRST_RATIO = 3;

/**
 * How many co-ops the filters (all but a place, whose box PostgreSQL estimates poorly) let
 * through, as PostgreSQL's statistics estimate it: an EXPLAIN, well under a millisecond, where
 * counting would read the lists this is meant to spare. Null without such filters.
 */
export async function estimateFilterRows(db: Database, plan: SearchPlan, only?: 'categories'): Promise<number | null> {
  if (plan.near || !filtersApplied(plan)) return null;
  const filters = only === 'categories' ? { ...plan, input: { ...plan.input, coopTypes: [], countryCodes: [], regions: [] } } : plan;
  const where = whereClause(filters, undefined, null);
  const rows = await db.$queryRawUnsafe<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>(
    `EXPLAIN (FORMAT JSON) SELECT 1 FROM coops c ${where.text}`,
    ...where.values,
  );
  return rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? null;
}

/** Pure: which words go to the index and which are checked per co-op, given the categories' size. */
export function splitWords(groups: readonly WordGroup[], categorySize: number): SearchPlan['filterFirst'] {
  const perRow = groups.filter((g) => g.coops >= FILTER_FIRST_RATIO * categorySize);
  if (perRow.length === 0) return null;
  const indexed = groups.filter((g) => !perRow.includes(g));
  return {
    indexed: indexed.length ? indexed.map(ownFormsQuery).join(' & ') : null,
    perRow: perRow.map(ownFormsQuery).join(' & '),
  };
}

/**
 * The split for a search with words and a category filter, or null: against the categories' own
 * size, the list their index gives (other filters' estimates can be far off: a country is a
 * subquery PostgreSQL guesses at 46 co-ops where there are 8,844).
 */
export async function filterFirst(db: Database, plan: SearchPlan): Promise<SearchPlan['filterFirst']> {
  if (plan.groups.length === 0 || plan.input.categoryCodes.length === 0) return null;
  const categoryRows = await estimateFilterRows(db, plan, 'categories');
  return categoryRows === null ? null : splitWords(plan.groups, categoryRows);
}
