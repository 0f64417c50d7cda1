import type { Database, Prisma } from '@principle-six/db';
import { conditionCount, type SearchPlan } from './search-plan';

/**
 * Runs a search statement; with more than one condition, with sequential scans ruled out. One
 * condition (a single word) is left to the planner: its estimate is good, and for a word in many
 * profiles reading the table until the limit (1 ms) beats building the index's bitmap (60 ms).
 */
export function runSearchQuery<T>(db: Database, plan: SearchPlan, sql: Prisma.Sql): Promise<T[]> {
  return conditionCount(plan) > 1 ? queryWithIndexes<T>(db, sql) : db.$queryRaw<T[]>(sql);
}

/** The settings a search statement runs under (for reading its plan: bench/explain-search.ts). */
export function accessPath(plan: SearchPlan): string[] {
  return conditionCount(plan) > 1 ? [INDEXES_ONLY] : [];
}

/**
 * Sequential scans off; enough memory for an exact bitmap: at 4 MB (the default) the bitmap of a
 * word in 300,000 profiles goes lossy, and every row of its pages is checked again (a facet scan
 * read 77,000 pages that way); and no JIT (also off for the whole database where the migrating
 * user owns it: migration 11). All for this transaction only, in one statement.
 */
const INDEXES_ONLY =
  "SELECT set_config('enable_seqscan', 'off', true), set_config('work_mem', '32MB', true), set_config('jit', 'off', true)";

/**
 * Runs a search statement with sequential scans ruled out (enable_seqscan = off, for this
 * statement's transaction only). Why: with a LIMIT, PostgreSQL prefers reading the table
 * in order and stopping at the limit whenever it expects many matches. For words that are each
 * common but rarely together ("organic bakery") it expects thousands, finds none, and reads every
 * row: 980 ms at three million co-ops, where the GIN index answers in 40 ms. The index's worst
 * case is bounded by its posting lists; the table scan's is the whole table.
 * (bench/search-speed.ts; the plans test checks the plans this produces.)
 */
export async function queryWithIndexes<T>(db: Database, sql: Prisma.Sql): Promise<T[]> {
  const [, rows] = await db.$transaction([
    db.$queryRawUnsafe(INDEXES_ONLY),
    db.$queryRaw<T[]>(sql),
  ]);
  return rows;
}
