import type { Database } from '@principle-six/db';
import { publicCoopSql } from '../../access/visibility';
import { gazetteer, normalisePlaceName } from '@principle-six/gazetteer';
import { CATEGORIES, COUNTRIES, findCategory } from '@principle-six/taxonomy';

export interface Suggestion {
  kind: 'CATEGORY' | 'PLACE' | 'COOP';
  label: string;
  value: string;
  detail: string | null;
}

export const MAX_SUGGESTIONS = 20;

// The taxonomy is ~840 names: a scan over words prepared once is quicker than any index.
const CATEGORY_WORDS = CATEGORIES.map((c) => ({ category: c, words: normalisePlaceName(c.name).split(' ') }));

/** Categories whose name has a word starting with each word typed ("book" → Bookkeeping activities). */
function categorySuggestions(prefix: string, limit: number): Suggestion[] {
  const typed = normalisePlaceName(prefix).split(' ').filter(Boolean);
  if (typed.length === 0 || typed.join('').length < 2) return [];
  return CATEGORY_WORDS.filter(({ words }) => typed.every((t) => words.some((w) => w.startsWith(t))))
    .sort((a, b) => Number(!a.words[0]!.startsWith(typed[0]!)) - Number(!b.words[0]!.startsWith(typed[0]!)) ||
      a.category.name.length - b.category.name.length)
    .slice(0, limit)
    .map(({ category }) => ({
      kind: 'CATEGORY' as const,
      label: category.name,
      value: category.code,
      detail: category.parentCode ? (findCategory(category.parentCode)?.name ?? null) : 'Section',
    }));
}

function placeSuggestions(prefix: string, limit: number): Suggestion[] {
  return gazetteer.suggest(prefix, limit).map((p) => ({
    kind: 'PLACE' as const,
    label: p.name,
    value: `${p.name}, ${p.countryCode}`,
    detail: [p.region, COUNTRIES[p.countryCode] ?? p.countryCode].filter(Boolean).join(', '),
  }));
}

async function coopSuggestions(db: Database, prefix: string, limit: number): Promise<Suggestion[]> {
  const text = prefix.trim().toLowerCase();
  if (text.length < 3) return [];
  const literal = text.replace(/[\\%_]/g, (ch) => `\\${ch}`); // LIKE wildcards typed by a person match themselves
  // The pg_trgm index on lower(name) answers the LIKE; names starting with the text come first.
  const rows = await db.$queryRaw<{ slug: string; name: string; place: string }[]>`
    SELECT c.slug, c.name, p.name AS place
      FROM coops c JOIN places p ON p.id = c.place_id
     WHERE lower(c.name) LIKE ${`%${literal}%`} AND ${publicCoopSql('c')}
     ORDER BY (lower(c.name) LIKE ${`${literal}%`}) DESC, length(c.name), c.name
     LIMIT ${limit}`;
  return rows.map((r) => ({ kind: 'COOP' as const, label: r.name, value: r.slug, detail: r.place }));
}

/** A few of each kind, categories first: what people search for most is what co-ops provide. */
export async function suggest(db: Database, prefix: string, limit: number): Promise<Suggestion[]> {
  const each = Math.max(1, Math.ceil(limit / 3));
  const trimmed = prefix.slice(0, 100);
  const coops = await coopSuggestions(db, trimmed, each);
  return [...categorySuggestions(trimmed, each), ...placeSuggestions(trimmed, each), ...coops].slice(0, limit);
}
