import type { SearchSort } from '../../generated/resolvers';
import { isPlausibleTime } from '../../graphql/time-cursor';

/**
 * Opaque keyset cursors for search pages: the sort they belong to and the sort key of the last
 * hit (score, distance or join time) with its id. A page after a cursor starts strictly after that
 * key, so co-ops added meanwhile neither repeat nor push others off the next page.
 */
/**
 * The corpus figures a relevance page was ranked with. Scores depend on them (a word's weight
 * falls as more profiles hold it), so the next pages rank with the same figures, not today's:
 * otherwise a co-op added meanwhile would move every score and the keyset would skip or repeat.
 */
export interface RankingFigures {
  coops: number;
  averageLength: number;
  /** Per search word, the profiles holding it. */
  wordCoops: number[];
}

export type SearchCursor =
  | { sort: 'RELEVANCE'; score: number; id: string; figures?: RankingFigures }
  | { sort: 'DISTANCE'; distance: number; id: string }
  | { sort: 'NEWEST'; createdAt: string; id: string };

export function encodeSearchCursor(cursor: SearchCursor): string {
  const key = cursor.sort === 'RELEVANCE' ? cursor.score : cursor.sort === 'DISTANCE' ? cursor.distance : cursor.createdAt;
  const figures = cursor.sort === 'RELEVANCE' && cursor.figures ? [cursor.figures.coops, cursor.figures.averageLength, cursor.figures.wordCoops] : null;
  return Buffer.from(JSON.stringify(figures ? [cursor.sort, key, cursor.id, figures] : [cursor.sort, key, cursor.id])).toString('base64url');
}

const MAX_WORDS = 64;

function readFigures(value: unknown): RankingFigures | null | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length !== 3) return null;
  const [coops, averageLength, wordCoops] = value as unknown[];
  const count = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 2 ** 31;
  if (!count(coops) || typeof averageLength !== 'number' || !Number.isFinite(averageLength) || averageLength <= 0) return null;
  if (!Array.isArray(wordCoops) || wordCoops.length > MAX_WORDS || !wordCoops.every(count)) return null;
  return { coops, averageLength, wordCoops };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeSearchCursor(text: string, sort: SearchSort): SearchCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length < 3 || value.length > (sort === 'RELEVANCE' ? 4 : 3) || value[0] !== sort) return null;
    const [, key, id, rawFigures] = value as [unknown, unknown, unknown, unknown];
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    if (sort === 'NEWEST') {
      if (typeof key !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(key)) return null;
      const at = new Date(key);
      return isPlausibleTime(at) ? { sort, createdAt: at.toISOString(), id } : null;
    }
    if (typeof key !== 'number' || !Number.isFinite(key)) return null;
    if (sort !== 'RELEVANCE') return { sort, distance: key, id };
    const figures = readFigures(rawFigures);
    if (figures === null) return null;
    return figures ? { sort, score: key, id, figures } : { sort, score: key, id };
  } catch {
    return null;
  }
}
