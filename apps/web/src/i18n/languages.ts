/**
 * Which languages the app speaks, found from its translation files rather than listed in code:
 * adding a language is adding `locales/<tag>.json` beside each feature's code. A tag is a BCP 47
 * language tag that Intl understands (en-GB, cy), so the same tag formats dates and numbers.
 */

/** The language every other is checked against, and shown where a translation is missing. */
export const SOURCE_LANGUAGE = 'en-GB';

export interface LocaleFile {
  namespace: string;
  language: string;
}

/**
 * `../features/search/locales/cy.json` → namespace `search`, language `cy`: the namespace is the
 * folder that holds `locales/`, so each feature owns its own strings.
 */
export function parseLocalePath(path: string): LocaleFile | null {
  const match = /(?:^|\/)([^/]+)\/locales\/([^/]+)\.json$/.exec(path);
  if (!match) return null;
  return { namespace: match[1]!, language: match[2]! };
}

/** The languages found, the source language first and the rest in tag order. */
export function languagesIn(paths: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const path of paths) {
    const file = parseLocalePath(path);
    if (file) found.add(file.language);
  }
  found.delete(SOURCE_LANGUAGE);
  return [SOURCE_LANGUAGE, ...[...found].sort()];
}

/** The language we have for a tag a browser gives: the same tag, else one of the same language (en-US → en-GB). */
export function closestLanguage(tag: string, languages: readonly string[]): string {
  const base = (t: string) => t.toLowerCase().split('-')[0];
  return languages.find((l) => l.toLowerCase() === tag.toLowerCase()) ?? languages.find((l) => base(l) === base(tag)) ?? tag;
}
