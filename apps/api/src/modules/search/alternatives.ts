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
 *   dictionary holds replaced by the indexed word it was corrected to, as profiles write it
 *   (found in one profile holding it);
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
    const written = await writtenForms(db, corrections.map((c) => c.lexeme));
    const replaced = words.map((w) => {
      const c = corrections.find((x) => x.typed === w);
      return c ? (written.get(c.lexeme) ?? w) : w;
    });
    const text = replaced.join(' ');
    if (text !== words.join(' ')) alternatives.push({ kind: 'DID_YOU_MEAN', text });
  }

  if (allWordsCount >= FEW_MATCHES) return alternatives;
  for (const group of plan.groups) {
    const related = group.related.find((r) => (r.coops ?? 0) > group.coops);
    if (!related) continue;
    const text = words.map((w) => (w === group.typed ? related.word : w)).join(' ');
    if (!alternatives.some((a) => a.text === text)) alternatives.push({ kind: 'RELATED', text });
  }
  return alternatives.slice(0, 1 + MAX_RELATED_SEARCHES);
}

/**
 * Each lexeme as profiles write it: the first word of one profile holding it whose own lexeme it
 * is ('bookkeep' → "bookkeeping"); the lexeme itself when none is found.
 */
async function writtenForms(db: Database, lexemes: string[]): Promise<Map<string, string>> {
  const rows = await db.$queryRaw<{ lexeme: string; word: string | null }[]>`
    SELECT l.lexeme,
           (SELECT w FROM (SELECT c.provides || ' ' || c.name AS text FROM coops c
                            WHERE c.search_document @@ quote_literal(l.lexeme)::tsquery LIMIT 1) one,
                          regexp_split_to_table(lower(one.text), '[^[:alnum:]]+') w
             WHERE to_tsvector('p6_search', w) @@ quote_literal(l.lexeme)::tsquery LIMIT 1) AS word
      FROM unnest(${lexemes}::text[]) AS l(lexeme)`;
  return new Map(rows.flatMap((r) => (r.word ? [[r.lexeme, r.word] as const] : [])));
}
