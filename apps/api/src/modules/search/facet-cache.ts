import { LRUCache } from 'lru-cache';
import type { Database } from '@principle-six/db';
import { countFacets, type SearchFacets } from './search-facets';
import type { SearchPlan } from './search-plan';

/** Distinct searches whose counts are kept: the first pages people ask for most. */
const ENTRIES = 1_000;
/**
 * Counts are kept at most this long even when the version has not moved. Why: the version
 * advances when a writing statement runs, not when it commits (a sequence is not transactional),
 * so counts made while a write is still open are read at the new version but without the write,
 * and would be kept until the next write anywhere. This bounds that to half a minute.
 */
const MAX_AGE_MS = 30_000;

/**
 * Facet counts are the dearest part of a search (four capped scans) and the same for everyone
 * (they hold only public data), and a person paging through results or coming back to a search
 * asks for the same counts again. They are kept per search, and thrown away as soon as the
 * directory changes: every statement that writes co-ops (or places) advances directory_version
 * (migration 10), which each lookup reads first, in every API process, so no process serves
 * counts from before a write it or another process made.
 */
export class FacetCache {
  private readonly cache = new LRUCache<string, { version: string; facets: SearchFacets }>({ max: ENTRIES, ttl: MAX_AGE_MS });

  constructor(private readonly db: Database) {}

  async facets(plan: SearchPlan): Promise<SearchFacets> {
    const [row] = await this.db.$queryRaw<{ version: string }[]>`SELECT last_value::text AS version FROM directory_version`;
    const version = row!.version;
    const key = cacheKey(plan);
    const kept = this.cache.get(key);
    if (kept && kept.version === version) return kept.facets;
    const facets = await countFacets(this.db, plan);
    this.cache.set(key, { version, facets });
    return facets;
  }
}

/** What the counts depend on: the words' queries, the filters and the place. */
function cacheKey(plan: SearchPlan): string {
  const { input, near } = plan;
  return JSON.stringify([
    plan.matchedAllWords ? plan.query : plan.anyOwnQuery,
    input.categoryCodes,
    input.coopTypes,
    input.countryCodes,
    input.regions,
    near && [near.latitude, near.longitude, near.radiusKm],
  ]);
}
