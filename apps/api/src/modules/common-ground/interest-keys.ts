import { COUNTRIES } from '@principle-six/taxonomy';

/**
 * How interests are compared. Countries and languages come from a maintained vocabulary (ISO
 * 3166 codes as the taxonomy package lists them; ISO 639 codes as the runtime's CLDR data names
 * them), so "Deutschland" picked from the list and "Germany" are the same code. Everything else
 * is a free tag, normalised (accents, case, punctuation, "&", a leading "the") and matched to
 * the forms people abbreviate: "Man Utd" meets "Manchester United" when it shortens exactly
 * one longer tag of the same kind that anyone uses ("Man Utd" would also shorten "Mansfield
 * United": with both in use it meets neither). Written here because no library matches
 * abbreviations of names; the rule is general, not a list of teams.
 */

export type VocabularyKind = 'COUNTRY' | 'LANGUAGE';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** ISO 639-1 languages the runtime's CLDR data names, by code. */
export const LANGUAGES: Readonly<Record<string, string>> = Object.fromEntries(
  Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26)))
    .map((code) => [code, languageNames.of(code)] as const)
    .filter((entry): entry is readonly [string, string] => !!entry[1] && entry[1] !== entry[0]),
);

export function vocabulary(kind: VocabularyKind): Readonly<Record<string, string>> {
  return kind === 'COUNTRY' ? COUNTRIES : LANGUAGES;
}

/** A vocabulary entry from its code or its name (any case), or null. */
export function findInVocabulary(kind: VocabularyKind, text: string): { code: string; name: string } | null {
  const words = vocabulary(kind);
  const trimmed = text.trim();
  const code = kind === 'COUNTRY' ? trimmed.toUpperCase() : trimmed.toLowerCase();
  // Own entries only: "constructor" or "__proto__" is no language.
  if (Object.hasOwn(words, code)) return { code, name: words[code]! };
  const wanted = normaliseTag(trimmed);
  const found = Object.entries(words).find(([, name]) => normaliseTag(name) === wanted);
  return found ? { code: found[0], name: found[1] } : null;
}

/** The form a free tag is stored and compared by. */
export function normaliseTag(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const words = (key: string) => key.split(' ').filter(Boolean);

/** `short` is written with letters of `long`, in order, from its first: "utd" of "united", "st" of "saint". */
function contracts(short: string, long: string): boolean {
  if (short.length < 2 || short[0] !== long[0]) return false;
  let at = 0;
  for (const letter of short) {
    at = long.indexOf(letter, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

function shortens(short: string, long: string): boolean {
  if (short === long) return true;
  if (short.length >= long.length) return false;
  return (short.length >= 3 && long.startsWith(short)) || contracts(short, long);
}

/**
 * Whether tag `a` is a shortened form of tag `b`: the same words, each the same, a prefix of at
 * least three letters, or a contraction; words of one to three letters at either end of `b`
 * ("FC", "AFC", "RFC") may be left out. At least one word must differ, or they are one tag.
 */
export function abbreviates(a: string, b: string): boolean {
  if (a === b) return false;
  const short = words(a);
  let long = words(b);
  while (long.length > short.length && long[long.length - 1]!.length <= 3) long = long.slice(0, -1);
  while (long.length > short.length && long[0]!.length <= 3) long = long.slice(1);
  if (short.length !== long.length || short.length === 0) return false;
  return short.every((word, i) => shortens(word, long[i]!));
}

/**
 * The tag each key stands for, given the keys of its kind to compare with: a key that shortens
 * exactly one other stands for that one; any other stands for itself.
 */
export function canonicalKeys(keys: Iterable<string>): Map<string, string> {
  const all = [...new Set(keys)];
  const canonical = new Map<string, string>();
  for (const key of all) {
    const longer = all.filter((other) => abbreviates(key, other));
    canonical.set(key, longer.length === 1 ? longer[0]! : key);
  }
  return canonical;
}
