import { Prisma } from '@principle-six/db';
import { publicCoopSql } from '../../access/visibility';
import type { SearchInputValues } from '@principle-six/schema';
import type { ResolvedNear } from './near';
import type { Corpus, WordGroup } from './word-groups';

/**
 * Counting and ranking stop at this many matches. A word in most profiles ("services") would
 * otherwise make every search rank and count a large part of the table; past this many matches
 * a person narrows the search rather than reading on. Fetching each candidate costs a heap
 * page (their rows are spread over the table): at a million co-ops 10,000 candidates took
 * ~60 ms a query and 1,000 take ~6 ms (bench/search-speed.ts). The cost: among more matches
 * than this, the best are chosen from the first 1,000 the index yields, not from all.
 */
export const MATCH_CAP = 1_000;

/** Corpus figures BM25 ranks with: co-ops, their average length, and co-ops holding each word. */
export interface RankingFigures {
  coops: number;
  averageLength: number;
  wordCoops: number[];
}

/** A search ready to run: the words with their forms and weights, the filters, the resolved place. */
export interface SearchPlan {
  input: SearchInputValues;
  /** The typed words left after stop words, each with every form that counts as it. */
  groups: WordGroup[];
  corpus: Corpus;
  /** Every word by its own forms (what holding every word means), or null when there are none. */
  query: string | null;
  /** Every word, by its own forms or a related word: the wider ask when too few hold every word. */
  widerQuery: string | null;
  /** Any word by its own forms: what facets count when no co-op holds every word. */
  anyOwnQuery: string | null;
  /** Any word by any form, related words too: for highlighting and saying which categories matched. */
  anyQuery: string | null;
  /**
   * With a category filter whose co-ops are far fewer than a word's: `query` split into the words
   * looked up in the index and those checked on each co-op the category's list yields
   * (filter-estimate.ts). Null otherwise.
   */
  filterFirst: { indexed: string | null; perRow: string } | null;
  /** Co-ops the filters let through, as PostgreSQL estimates it (filter-estimate.ts); null without filters or with a place. */
  filterRows: number | null;
  /** The figures a later page is ranked with: the first page's (from its cursor); else live ones. */
  ranking?: RankingFigures;
  /** Whether any co-op holds every word; set once the search has run. */
  matchedAllWords: boolean;
  /** How many search words (each with its alternatives) the text became. */
  wordCount: number;
  near: (ResolvedNear & { radiusKm: number }) | null;
}

export type Facet = 'categories' | 'coopTypes' | 'countries' | 'regions';

const KM_PER_DEGREE = 111.32;

/**
 * The conditions a co-op must meet, leaving one facet's own filter out when counting that facet.
 * `query` replaces the words' condition (a relaxed search asks for some of the words); `perRow`
 * tests it on each row rather than through the index.
 */
export function whereClause(plan: SearchPlan, omit?: Facet, query: string | null = plan.query, perRow = false): Prisma.Sql {
  const { input, near } = plan;
  const conditions: Prisma.Sql[] = [];
  // ts_match_vq is @@ as a function: the same test, which no index serves, for words checked on
  // each row another list yields (filter-estimate.ts) or a walk reads (table-walk.ts).
  const test = (q: string, row: boolean) =>
    row ? Prisma.sql`ts_match_vq(c.search_document, ${q}::tsquery)` : Prisma.sql`c.search_document @@ ${q}::tsquery`;
  const split = !perRow && plan.filterFirst && query === plan.query && omit !== 'categories' ? plan.filterFirst : null;
  if (split) {
    if (split.indexed) conditions.push(test(split.indexed, false));
    conditions.push(test(split.perRow, true));
  } else if (query) {
    conditions.push(test(query, perRow));
  }
  if (input.categoryCodes.length && omit !== 'categories') {
    conditions.push(Prisma.sql`c.category_paths && ${input.categoryCodes}::text[]`);
  }
  if (input.coopTypes.length && omit !== 'coopTypes') {
    // Compared as the enum, not as text: PostgreSQL's statistics then know each kind's share
    // (as text it guesses 0.5 %; worker co-ops are half the directory).
    conditions.push(Prisma.sql`c.coop_type = ANY (${input.coopTypes}::"CoopType"[])`);
  }
  if (input.countryCodes.length && omit !== 'countries') {
    conditions.push(
      Prisma.sql`c.place_id IN (SELECT id FROM places WHERE country_code = ANY (${input.countryCodes}::text[]))`,
    );
  }
  if (input.regions.length && omit !== 'regions') {
    conditions.push(Prisma.sql`c.place_id IN (SELECT id FROM places WHERE region = ANY (${input.regions}::text[]))`);
  }
  if (near) {
    // A bounding box the GiST index answers, then the exact great-circle distance.
    const dLat = near.radiusKm / KM_PER_DEGREE;
    const dLng = near.radiusKm / (KM_PER_DEGREE * Math.max(Math.cos((near.latitude * Math.PI) / 180), 0.01));
    conditions.push(Prisma.sql`c.latitude IS NOT NULL AND c.longitude IS NOT NULL
      AND point(c.longitude, c.latitude) <@ box(point(${near.longitude - dLng}::float8, ${near.latitude - dLat}::float8),
                                               point(${near.longitude + dLng}::float8, ${near.latitude + dLat}::float8))
      AND distance_km(${near.latitude}::float8, ${near.longitude}::float8, c.latitude, c.longitude) <= ${near.radiusKm}::float8`);
  }
  // Co-ops a site administrator hid are in no search, for anyone (access/visibility.ts).
  conditions.push(publicCoopSql('c'));
  return Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}`;
}

/** Whether any filter applies, leaving one facet's own out. */
export function filtersApplied(plan: SearchPlan, omit?: Facet): boolean {
  const { input } = plan;
  const set = (facet: Facet, values: readonly unknown[]) => values.length > 0 && omit !== facet;
  return (
    plan.near !== null ||
    set('categories', input.categoryCodes) ||
    set('coopTypes', input.coopTypes) ||
    set('countries', input.countryCodes) ||
    set('regions', input.regions)
  );
}

export function distanceExpression(plan: SearchPlan): Prisma.Sql {
  return plan.near
    ? Prisma.sql`distance_km(${plan.near.latitude}::float8, ${plan.near.longitude}::float8, c.latitude, c.longitude)`
    : Prisma.sql`NULL::float8`;
}

/**
 * How many conditions a co-op must meet at once: each word when all must match, and each filter.
 * With two or more, PostgreSQL multiplies their frequencies as if independent, and can expect
 * thousands of matches where there are none (see queryWithIndexes).
 */
export function conditionCount(plan: SearchPlan): number {
  const { input } = plan;
  const words = plan.query ? (plan.matchedAllWords ? plan.wordCount : 1) : 0;
  const filters = [input.categoryCodes, input.coopTypes, input.countryCodes, input.regions].filter((f) => f.length > 0);
  return words + filters.length + (plan.near ? 1 : 0);
}
