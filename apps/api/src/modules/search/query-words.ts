/**
 * What a person typed, as words and the other ways each could be written: the first step of
 * turning a search into SQL (word-groups.ts asks PostgreSQL for each form's lexeme and count).
 *
 * Compound words are written three ways, "vegbox", "veg-box" and "veg box", and should meet.
 * PostgreSQL indexes a hyphenated word as itself and its parts at neighbouring positions
 * ("book-keeping" → book-keep:1 book:2 keep:3), so any compound is found by two forms: solid
 * ('bookkeep') or its parts next to each other ('book' <-> 'keep'). From what was typed:
 * - a hyphenated word offers its solid form and its parts as a phrase;
 * - a solid word offers every split into two known words of 3 letters or more, as a phrase;
 * - two neighbouring words offer their solid form, which then counts for both of them.
 * Which of those forms are real words is for the corpus to say (word-groups.ts keeps only forms
 * some profile holds), so nothing here lists compounds.
 */

/** Longer queries are cut: a pasted paragraph is not a search. */
export const MAX_QUERY_WORDS = 12;
/** Each part of a split, and each solid form, must be at least this long to count. */
export const MIN_PART_LENGTH = 3;

export interface TypedWord {
  /** As typed, for telling people which words matched. */
  surface: string;
  /** The word with hyphens taken out: "veg-box" → "vegbox". */
  solid: string;
  /** A hyphenated word's parts: "veg-box" → ["veg", "box"]; else []. */
  parts: string[];
  /** Splits of a solid word into two: "vegbox" → [["veg", "box"]] (and every other split point). */
  splits: [string, string][];
}

/**
 * The typed words, in order: letters, digits, apostrophes and inner hyphens; anything else
 * separates words. Lower case; at most MAX_QUERY_WORDS.
 */
export function typedWords(text: string): TypedWord[] {
  const tokens = text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  return tokens.slice(0, MAX_QUERY_WORDS).map((token) => {
    const parts = token.includes('-') ? token.split('-').filter(Boolean) : [];
    const solid = parts.length ? parts.join('') : token;
    return { surface: token, solid, parts, splits: parts.length ? [] : splitsOf(solid) };
  });
}

/** Every split of a word into two parts of MIN_PART_LENGTH letters or more. */
export function splitsOf(word: string): [string, string][] {
  if (!/^\p{L}+$/u.test(word)) return [];
  // By code point, not UTF-16 unit: a letter outside the Basic Multilingual Plane ("𝐛") is two
  // units, and cutting between them leaves halves no database takes.
  const letters = [...word];
  const splits: [string, string][] = [];
  for (let at = MIN_PART_LENGTH; at <= letters.length - MIN_PART_LENGTH; at++) {
    splits.push([letters.slice(0, at).join(''), letters.slice(at).join('')]);
  }
  return splits;
}

/** Neighbouring words joined ("veg box" → "vegbox"), with the index of the first of the two. */
export function joinedNeighbours(words: readonly TypedWord[]): { at: number; solid: string }[] {
  const joined: { at: number; solid: string }[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    if (a.parts.length || b.parts.length) continue;
    if (/^\p{L}+$/u.test(a.solid) && /^\p{L}+$/u.test(b.solid)) joined.push({ at: i, solid: a.solid + b.solid });
  }
  return joined;
}
