import type { Database } from '@principle-six/db';

/** A query whose right answers follow from the data itself. */
export interface EvaluationQuery {
  kind: 'class' | 'phrase' | 'misspelt' | 'natural';
  text: string;
  relevant: Set<string>;
  /** Graded relevance (2 very, 1 somewhat) where the set has grades; else every answer counts 1. */
  gains?: Map<string, number>;
  /** A co-op left out of the ranking: the one a request was written from. */
  exclude?: string | null;
}

/** What every system searches: the text the search document is built from, field by field. */
export interface EvaluationDocument {
  id: string;
  name: string;
  /** Weight A: what it provides and its categories' own names. */
  provides: string;
  /** Weight B: its name and parent categories' names. */
  naming: string;
  /** Weight C: the rest of the pitch. */
  pitch: string;
  /** Weight D: place, region and sections. */
  where: string;
}

/** Classes with this many co-ops: enough to rank, few enough that recall@50 can reach 1. */
const CLASS_SIZE = { min: 3, max: 50 };
const CLASS_QUERIES = 40;
const PHRASE_QUERIES = 30;
const PHRASE_WORDS = 5;

/**
 * SIC class descriptions → the co-ops filed under that class; five consecutive words from a real
 * description (a third of the way in, past the name it usually starts with) → that co-op.
 * Both sets are spread evenly over their candidates (by code and by register id), so the choice
 * is fixed by the data, not by hand.
 */
export async function evaluationQueries(db: Database): Promise<EvaluationQuery[]> {
  const classes = await db.$queryRaw<{ code: string; name: string; ids: string[] }[]>`
    SELECT k.code, k.name, array_agg(cc.coop_id::text ORDER BY cc.coop_id) AS ids
      FROM categories k JOIN coop_categories cc ON cc.category_code = k.code
     WHERE k.level = 'CLASS'
     GROUP BY k.code, k.name
    HAVING count(*) BETWEEN ${CLASS_SIZE.min} AND ${CLASS_SIZE.max}
     ORDER BY k.code`;
  const described = await db.$queryRaw<{ id: string; provides: string }[]>`
    SELECT id::text, provides FROM coops
     WHERE array_length(regexp_split_to_array(trim(provides), '\s+'), 1) >= 15
     ORDER BY source_id, id`;

  const classQueries = spread(classes, CLASS_QUERIES).map(
    (c): EvaluationQuery => ({ kind: 'class', text: c.name, relevant: new Set(c.ids) }),
  );
  const phraseQueries = spread(described, PHRASE_QUERIES).map((c): EvaluationQuery => {
    const words = c.provides.trim().split(/\s+/);
    const start = Math.floor(words.length / 3);
    return { kind: 'phrase', text: words.slice(start, start + PHRASE_WORDS).join(' '), relevant: new Set([c.id]) };
  });
  const misspelt = phraseQueries.flatMap((q): EvaluationQuery[] => {
    const text = misspell(q.text);
    return text ? [{ kind: 'misspelt', text, relevant: q.relevant }] : [];
  });
  return [...classQueries, ...phraseQueries, ...misspelt];
}

/**
 * The phrase with two middle letters of its longest word swapped ("extended" → "extneded"),
 * the commonest typing slip; null when no word is long enough to keep recognisable.
 */
export function misspell(phrase: string): string | null {
  const words = phrase.split(' ');
  const longest = words.reduce((best, w, i) => (w.length > words[best]!.length ? i : best), 0);
  const word = words[longest]!;
  if (!/^\p{L}{6,}$/u.test(word)) return null;
  const m = Math.floor(word.length / 2);
  words[longest] = word.slice(0, m - 1) + word[m] + word[m - 1] + word.slice(m + 1);
  return words.join(' ');
}

/** `count` items evenly spaced through the list (all of it when shorter). */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}

export function evaluationDocuments(db: Database): Promise<EvaluationDocument[]> {
  return db.$queryRaw<EvaluationDocument[]>`
    SELECT c.id::text, c.name,
           concat_ws(' ', c.provides, string_agg(k.name, ' ')) AS provides,
           concat_ws(' ', c.name, string_agg(p.name, ' ')) AS naming,
           concat_ws(' ', c.why_buy, c.want_to_talk_to) AS pitch,
           concat_ws(' ', pl.name, pl.region, string_agg(g.name, ' ')) AS "where"
      FROM coops c
      JOIN places pl ON pl.id = c.place_id
      LEFT JOIN coop_categories cc ON cc.coop_id = c.id
      LEFT JOIN categories k ON k.code = cc.category_code
      LEFT JOIN categories p ON p.code = k.parent_code
      LEFT JOIN categories g ON g.code = p.parent_code
     GROUP BY c.id, pl.name, pl.region
     ORDER BY c.id`;
}
