import type { Database } from '@principle-six/db';
import type { SearchPlan } from './search-plan';
import { typedWords } from './query-words';

export interface AlternativeSearch {
  kind: 'DID_YOU_MEAN' | 'RELATED';
  text: string;
}

/** Below this many co-ops holding every word, a search offers other ways to ask. */
export const FEW_MATCHES = 5;
const MAX_RELATED_SEARCHES = 3;

/**
 * Other searches to offer:
 * - "Did you mean", whenever a word was corrected: the text with each word no profile or
 *   dictionary holds replaced by the indexed word it was corrected to, as profiles write it;
 * - related searches, when fewer than FEW_MATCHES co-ops hold every word: one typed word at a
 *   time replaced by its strongest related word that more profiles hold than the word itself
 *   ("bike repairs" → "bicycle repairs"), so that the offer leads somewhere wider.
 */
export async function alternativeSearches(db: Database, plan: SearchPlan, allWordsCount: number): Promise<AlternativeSearch[]> {
  if (plan.groups.length === 0) return [];
  const words = typedWords(plan.input.text).map((w) => w.surface);
  const alternatives: AlternativeSearch[] = [];

  const corrections = plan.groups.flatMap((g) => (g.correctedTo ? [{ typed: g.typed, lexeme: g.correctedTo }] : []));
  if (corrections.length > 0) {
    const written = await writtenForms(db, corrections);
    const replaced = words.map((w) => {
      const c = corrections.find((x) => x.typed === w);
      return c ? (written.get(c.typed) ?? w) : w;
    });
    const text = replaced.join(' ');
    if (text !== words.join(' ')) alternatives.push({ kind: 'DID_YOU_MEAN', text });
  }

  if (allWordsCount >= FEW_MATCHES) return alternatives;
  // A related word already asked for is no new search ("veg box" → "veg veg").
  const asked = new Set(plan.groups.flatMap((g) => g.exact.flatMap((f) => ('lexeme' in f ? [f.lexeme] : []))));
  for (const group of plan.groups) {
    const related = group.related.find((r) => (r.coops ?? 0) > group.coops && !('lexeme' in r.form && asked.has(r.form.lexeme)));
    if (!related) continue;
    const text = words.map((w) => (w === group.typed ? related.word : w)).join(' ');
    if (!alternatives.some((a) => a.text === text)) alternatives.push({ kind: 'RELATED', text });
  }
  return alternatives.slice(0, 1 + MAX_RELATED_SEARCHES);
}

/**
 * Each correction as profiles write it: of the words holding its lexeme in 20 profiles, the
 * one spelt most like what was typed ('print' for "printnig" → "printing", not "printed").
 * Keyed by the typed word; missing when no profile text holds it.
 */
async function writtenForms(db: Database, corrections: { typed: string; lexeme: string }[]): Promise<Map<string, string>> {
  const rows = await db.$queryRaw<{ typed: string; word: string | null }[]>`
    SELECT x.typed,
           (SELECT w FROM (SELECT c.provides || ' ' || c.name AS text FROM coops c
                            WHERE c.search_document @@ quote_literal(x.lexeme)::tsquery LIMIT 20) sample,
                          regexp_split_to_table(lower(sample.text), '[^[:alnum:]]+') w
             WHERE to_tsvector('p6_search', w) @@ quote_literal(x.lexeme)::tsquery
             ORDER BY levenshtein(w, x.typed), w LIMIT 1) AS word
      FROM unnest(${corrections.map((c) => c.typed)}::text[], ${corrections.map((c) => c.lexeme)}::text[]) AS x(typed, lexeme)`;
  return new Map(rows.flatMap((r) => (r.word ? [[r.typed, r.word] as const] : [])));
}
