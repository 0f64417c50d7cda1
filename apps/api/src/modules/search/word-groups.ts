import { Prisma, type Database } from '@principle-six/db';
import { STOP_LEXEMES_SQL } from '../../language/stop-words';
import { wordRelations, type WordRelations } from '../../language/related-words';
import { joinedNeighbours, typedWords, type TypedWord } from './query-words';

/** One way of matching a word: a lexeme, or two lexemes side by side (a compound written apart). */
export type Form = { lexeme: string } | { phrase: [string, string] };

/** A form that stands for a typed word less surely than the word itself, with what it is. */
export interface WeightedForm {
  form: Form;
  /** As people write it, to say which related word matched ("bicycle" for "bike"). */
  word: string;
  /** Where it came from: 'longer' form, 'spelling' neighbour, or a related-word source. */
  source: string;
  /** Profiles holding it, where known. */
  coops?: number;
}

/**
 * One typed word and every form that counts as it, in three tiers that weigh differently:
 * - exact: the word itself and its compound forms (and, for a word no profile holds, the
 *   indexed words spelt most like it: a typo's correction is what was meant);
 * - variant: longer forms of the word (print → printer, printmak) and, for a word profiles do
 *   hold, neighbouring spellings;
 * - related: related words (synonyms, words used alongside it), which weigh least.
 */
export interface WordGroup {
  typed: string;
  exact: Form[];
  variant: WeightedForm[];
  related: WeightedForm[];
  /** Profiles holding the exact forms (an upper bound: the sum over forms), for the word's weight. */
  coops: number;
  /** For a typo (no profile or dictionary holds the word), the indexed word it was corrected to. */
  correctedTo: string | null;
}

export interface Corpus {
  coops: number;
  averageLength: number;
}

/** Spellings at least this close (pg_trgm similarity) stand in for a search word. */
const SIMILAR_SPELLING = 0.45;
const SIMILAR_PER_WORD = 3;
/** Shorter stems would stand for too many words ("co" for coffee, cooking, courier...). */
const MIN_PREFIX_LENGTH = 3;
/** Longer forms of one word searched for, shortest first: a search word is rarely a stub of more. */
const MAX_LONGER_FORMS = 30;

interface Lexized {
  lexeme: string | null;
  coops: number;
  stop: boolean;
  longer: string[] | null;
  similar: string[] | null;
  /** Words used alongside it in profiles (related_terms): [lexeme, written word, profiles holding it]. */
  alongside: [string, string, number][] | null;
  /** Profiles holding any of the longer forms and near spellings. */
  variantCoops: number;
}

/**
 * A related word held by more than this share of profiles is too general to stand in for what
 * was typed ("year" for "bookkeeping"), and looking it up reads a large part of the index. In a
 * small directory a share says little (one profile in a dozen is 8%): the rule starts at
 * RELATED_GENERAL_FROM profiles.
 */
export const RELATED_MAX_SHARE = 0.05;
const RELATED_GENERAL_FROM = 500;

/** Related words from our own profiles taken per search word, strongest first. */
const ALONGSIDE_PER_WORD = 4;

/**
 * The search words as groups of forms, with the corpus figures ranking needs, in one statement:
 * each form PostgreSQL's own lexeme (p6_search), how many profiles hold it (search_term_counts),
 * whether it is a stop word, and for each typed word the indexed words that begin with it as
 * typed (the trigram index serves LIKE: "print" → printer; but "organic" is not a stub of
 * "organis", though its stem "organ" is) and the indexed words spelt most like it: close by trigrams, or
 * beginning with the same three letters and within a small edit distance over the word's length,
 * so that a slip in a word's stem still finds its longer forms ("comumnity" → "communiti"), both
 * only for words no profile holds. Two letters swapped count as one edit, not Levenshtein's two
 * (sorted_letters, migration 3).
 */
export async function wordGroups(db: Database, text: string): Promise<{ groups: WordGroup[]; corpus: Corpus }> {
  const words = typedWords(text);
  const joined = joinedNeighbours(words);
  const related = wordRelations(words.map((w) => w.solid));
  // Everything to lexize, once each; `primary` marks the typed words that get longer and similar forms.
  const strings = new Map<string, boolean>();
  const want = (s: string, primary = false) => strings.set(s, (strings.get(s) ?? false) || primary);
  for (const word of words) {
    want(word.solid, true);
    word.parts.forEach((p) => want(p));
    if (word.parts.length) want(word.surface);
    for (const [a, b] of word.splits) {
      want(a);
      want(b);
      want(`${a}-${b}`);
    }
  }
  joined.forEach((j) => want(j.solid));
  related.forEach((r) => [...r.derived, ...r.related].forEach((w) => want(w.word)));
  const input = [...strings.keys()];

  const [rows, corpusRows] = await Promise.all([
    db.$queryRaw<(Lexized & { s: string })[]>(formsQuery(input, input.map((s) => strings.get(s)!))),
    db.$queryRaw<{ coops: number; lexemes: number }[]>`
      SELECT coalesce(sum(coops), 0)::int AS coops, coalesce(sum(lexemes), 0)::float8 AS lexemes FROM search_corpus_counts`,
  ]);
  const lexized = new Map(rows.map((r) => [r.s, r]));
  const corpusRow = corpusRows[0] ?? { coops: 0, lexemes: 0 };
  const corpus: Corpus = {
    coops: corpusRow.coops,
    averageLength: corpusRow.coops > 0 ? corpusRow.lexemes / corpusRow.coops : 1,
  };
  return { groups: assembleGroups(words, joined, related, lexized, corpus.coops), corpus };
}

/** The statement behind wordGroups(): each form's lexeme, count, stop-word flag and neighbours. */
export function formsQuery(input: string[], primary: boolean[]): Prisma.Sql {
  return Prisma.sql`
      SELECT y.*, (SELECT coalesce(sum(t.coops), 0) FROM search_term_counts t
                    WHERE t.term = ANY (coalesce(y.longer, '{}') || coalesce(y.similar, '{}')))::int AS "variantCoops"
      FROM (
      WITH l AS (
        SELECT s, primary_form, unaccent(s) AS plain,
               (SELECT l FROM unnest(tsvector_to_array(to_tsvector('p6_search', s))) l
                 ORDER BY (l LIKE '%-%') DESC, length(l) DESC LIMIT 1) AS lexeme
          FROM unnest(${input}::text[], ${primary}::bool[]) AS i(s, primary_form)
      ), x AS MATERIALIZED (
        SELECT l.*, coalesce((SELECT sum(t.coops) FROM search_term_counts t WHERE t.term = l.lexeme), 0)::int AS coops FROM l
      )
      SELECT x.s, x.lexeme, x.coops,
             (x.lexeme = ANY (${STOP_LEXEMES_SQL}) OR x.lexeme ~ '^[0-9]+$') AS stop,
             CASE WHEN x.primary_form AND length(x.s) >= ${MIN_PREFIX_LENGTH} THEN array(
               SELECT t.term FROM search_terms t
                WHERE left(t.term, 3) = left(x.plain, 3) -- the prefix index; LIKE with a per-row pattern uses none
                  AND t.term LIKE replace(replace(replace(x.plain, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
                  AND t.term <> x.lexeme AND t.term NOT LIKE '%-%'
                ORDER BY length(t.term), t.term
                LIMIT ${MAX_LONGER_FORMS}) END AS longer,
             -- Spelling neighbours only for a word no profile holds (word-groups' rule below).
             CASE WHEN x.primary_form AND x.coops = 0 AND length(x.lexeme) >= 4 THEN array(
               SELECT s.term FROM (
                 SELECT t.term, similarity(t.term, x.lexeme) AS likeness,
                        levenshtein_less_equal(left(t.term, length(x.lexeme)), x.lexeme, 3)
                          - (sorted_letters(left(t.term, length(x.lexeme))) = sorted_letters(x.lexeme))::int AS edits
                   FROM search_terms t
                  WHERE t.term <> x.lexeme AND (t.term % x.lexeme OR left(t.term, 3) = left(x.lexeme, 3))
               ) s
                WHERE s.likeness >= ${SIMILAR_SPELLING}
                   OR s.edits <= CASE WHEN length(x.lexeme) >= 5 THEN 2 ELSE 1 END
                ORDER BY least(s.edits, CASE WHEN s.likeness >= ${SIMILAR_SPELLING} THEN 1 ELSE 3 END),
                         -- among equally near spellings, the word more profiles use ("community", not "commune")
                         (SELECT coalesce(sum(c.coops), 0) FROM search_term_counts c WHERE c.term = s.term) DESC,
                         s.likeness DESC, s.term
                LIMIT ${SIMILAR_PER_WORD}) END AS similar,
             CASE WHEN x.primary_form THEN (
               SELECT coalesce(jsonb_agg(jsonb_build_array(r.related, r.word,
                        (SELECT coalesce(sum(t.coops), 0) FROM search_term_counts t WHERE t.term = r.related))
                        ORDER BY r.strength DESC, r.related), '[]')
                 FROM (SELECT * FROM related_terms r WHERE r.term = x.lexeme
                        ORDER BY r.strength DESC, r.related LIMIT ${ALONGSIDE_PER_WORD}) r) END AS alongside
        FROM x) y`;
}

/** Pure: the groups from what PostgreSQL said of each form (exported for unit tests). */
export function assembleGroups(
  words: readonly TypedWord[],
  joined: readonly { at: number; solid: string }[],
  related: readonly WordRelations[],
  lexized: ReadonlyMap<string, Lexized>,
  corpusCoops = Infinity,
): WordGroup[] {
  const lex = (s: string) => lexized.get(s);
  const known = (s: string) => {
    const l = lex(s);
    return l?.lexeme && !l.stop && l.coops > 0 ? l.lexeme : null;
  };
  const content = words.filter((w) => {
    const l = lex(w.solid);
    return l?.lexeme && !l.stop;
  });
  // Stop words are left out, unless they are all there is ("co-op" alone).
  const kept = content.length > 0 ? content : words.filter((w) => lex(w.solid)?.lexeme);

  return kept.flatMap((word): WordGroup[] => {
    const own = lex(word.solid)!;
    const lexeme = own.lexeme!;
    const exact: Form[] = [{ lexeme }];
    const add = (form: Form) => {
      if (!exact.some((f) => sameForm(f, form))) exact.push(form);
    };
    let coops = own.coops;
    if (word.parts.length === 2) {
      const [a, b] = word.parts.map((p) => lex(p)?.lexeme ?? null);
      const hyphenated = lex(word.surface)?.lexeme;
      if (hyphenated && hyphenated !== lexeme) {
        add({ lexeme: hyphenated });
        coops += lex(word.surface)!.coops;
      }
      if (a && b) add({ phrase: [a, b] });
    }
    for (const [a, b] of word.splits) {
      const [la, lb] = [known(a), known(b)];
      // A split counts when both parts are words profiles hold and the compound is either unknown
      // as typed or written hyphenated somewhere: evidence it is a compound, not two words by chance.
      if (!la || !lb) continue;
      const hyphenated = known(`${a}-${b}`);
      if (own.coops > 0 && !hyphenated) continue;
      add({ phrase: [la, lb] });
      if (hyphenated) {
        add({ lexeme: hyphenated });
        coops += lex(`${a}-${b}`)!.coops;
      }
    }
    const index = words.indexOf(word);
    for (const j of joined) {
      if (j.at !== index && j.at + 1 !== index) continue;
      const solid = known(j.solid);
      if (solid) {
        add({ lexeme: solid });
        coops += lex(j.solid)!.coops;
      }
    }

    const relations = related.find((x) => x.of === word.solid);
    const variant: WeightedForm[] = [];
    const relatedForms: WeightedForm[] = [];
    // A form counts once, in the highest tier that has it.
    const taken = (form: Form) =>
      exact.some((f) => sameForm(f, form)) || [...variant, ...relatedForms].some((f) => sameForm(f.form, form));
    const addVariant = (form: WeightedForm) => {
      if (!taken(form.form)) variant.push(form);
    };
    const addRelated = (form: WeightedForm) => {
      const general = (form.coops ?? 0) > Math.max(RELATED_MAX_SHARE * corpusCoops, RELATED_GENERAL_FROM);
      if (!taken(form.form) && !general) relatedForms.push(form);
    };
    const similar = own.similar ?? [];
    // Spelling neighbours only stand in for a word no profile holds: as what was meant when it is
    // no dictionary word either (a typo), else as a lesser variant ("broker" is not "baker").
    const corrected = own.coops === 0 && !relations?.dictionaryWord && similar.length > 0;
    if (corrected) {
      // The closest spelling is what was meant; the next ones are only near it ("bookeeping" is
      // bookkeeping, and only a lesser match for booklet).
      add({ lexeme: similar[0]! });
      similar.slice(1).forEach((s) => addVariant({ form: { lexeme: s }, word: s, source: 'spelling' }));
    } else if (own.coops === 0) {
      similar.forEach((s) => addVariant({ form: { lexeme: s }, word: s, source: 'spelling' }));
    }
    (own.longer ?? []).forEach((s) => addVariant({ form: { lexeme: s }, word: s, source: 'longer' }));
    for (const d of relations?.derived ?? []) {
      const l = known(d.word);
      if (l && l !== lexeme) {
        addVariant({ form: { lexeme: l }, word: d.word, source: d.source });
      }
    }
    coops += own.variantCoops + variant.filter((v) => v.source === 'derived').reduce((n, v) => n + (lex(v.word)?.coops ?? 0), 0);

    for (const r of relations?.related ?? []) {
      const l = known(r.word);
      if (l && l !== lexeme) addRelated({ form: { lexeme: l }, word: r.word, source: r.source, coops: lex(r.word)?.coops });
    }
    for (const [l, written, held] of own.alongside ?? []) {
      if (l !== lexeme) addRelated({ form: { lexeme: l }, word: written, source: 'profiles', coops: held });
    }
    return [{ typed: word.surface, exact, variant, related: relatedForms, coops, correctedTo: corrected ? similar[0]! : null }];
  });
}

function sameForm(a: Form, b: Form): boolean {
  if ('lexeme' in a && 'lexeme' in b) return a.lexeme === b.lexeme;
  if ('phrase' in a && 'phrase' in b) return a.phrase[0] === b.phrase[0] && a.phrase[1] === b.phrase[1];
  return false;
}
