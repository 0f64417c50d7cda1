import type { SearchSort } from '../../generated/resolvers';
import { isPlausibleTime } from '../../graphql/time-cursor';

/**
 * Opaque keyset cursors for search pages: the sort they belong to and the sort key of the last
 * hit (score, distance or join time) with its id. A page after a cursor starts strictly after that
 * key, so co-ops added meanwhile neither repeat nor push others off the next page.
 */
export type SearchCursor =
  | { sort: 'RELEVANCE'; score: number; id: string }
  | { sort: 'DISTANCE'; distance: number; id: string }
  | { sort: 'NEWEST'; createdAt: string; id: string };

export function encodeSearchCursor(cursor: SearchCursor): string {
  const key = cursor.sort === 'RELEVANCE' ? cursor.score : cursor.sort === 'DISTANCE' ? cursor.distance : cursor.createdAt;
  return Buffer.from(JSON.stringify([cursor.sort, key, cursor.id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeSearchCursor(text: string, sort: SearchSort): SearchCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3 || value[0] !== sort) return null;
    const [, key, id] = value as [unknown, unknown, unknown];
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    if (sort === 'NEWEST') {
      if (typeof key !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(key)) return null;
      const at = new Date(key);
      return isPlausibleTime(at) ? { sort, createdAt: at.toISOString(), id } : null;
    }
    if (typeof key !== 'number' || !Number.isFinite(key)) return null;
    return sort === 'RELEVANCE' ? { sort, score: key, id } : { sort, distance: key, id };
  } catch {
    return null;
  }
}
