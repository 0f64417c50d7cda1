/**
 * The rules a translation file must keep, as pure functions over parsed files, so that a test
 * (translations.test.ts) checks every language against the source language.
 */

export type Messages = { [key: string]: string | Messages };

/** i18next's plural suffixes: `items_one`, `items_other`, and `_ordinal_…` for ordinals. */
const PLURAL_SUFFIX = /_(?:ordinal_)?(zero|one|two|few|many|other)$/;

/** Nested keys flattened with dots, as i18next reads them. */
export function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** `{{count, number}}` → count; the names a message interpolates. */
export function variablesIn(message: string): Set<string> {
  return new Set([...message.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!));
}

/** `<strong>`, `<1>`: the elements a <Trans> message places, which every translation must keep. */
export function tagsIn(message: string): string[] {
  return [...message.matchAll(/<\/?([\w-]+)\s*\/?>/g)].map((m) => m[0].replace(/\s+/g, '')).sort();
}

/**
 * HTML's void elements. <Trans> (through html-parse-stringify) reads `<link>words</link>` as an
 * empty <link/> followed by the words, so a component named like one of these draws an empty link.
 */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Tags in a message that <Trans> cannot wrap words in. */
export function voidTagsIn(message: string): string[] {
  return [...message.matchAll(/<([\w-]+)\s*>/g)].map((m) => m[1]!).filter((name) => VOID_ELEMENTS.has(name.toLowerCase()));
}

interface PluralGroup {
  base: string;
  ordinal: boolean;
  forms: Map<string, string>;
}

/** Keys grouped so that the forms of one plural message travel together. */
function group(messages: Map<string, string>): { plain: Map<string, string>; plurals: Map<string, PluralGroup> } {
  const plain = new Map<string, string>();
  const plurals = new Map<string, PluralGroup>();
  for (const [key, value] of messages) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) {
      plain.set(key, value);
      continue;
    }
    const ordinal = key.includes('_ordinal_');
    const base = key.slice(0, match.index);
    const id = `${base}${ordinal ? ' (ordinal)' : ''}`;
    const entry = plurals.get(id) ?? { base, ordinal, forms: new Map() };
    entry.forms.set(match[1]!, value);
    plurals.set(id, entry);
  }
  return { plain, plurals };
}

/** The plural forms a language needs, from the Unicode rules Intl carries. */
export function pluralCategories(language: string, ordinal = false): string[] {
  return new Intl.PluralRules(language, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions().pluralCategories;
}

/**
 * What is wrong with `translated` (in `language`) against the source language's messages: keys
 * missing or left over, empty messages, plural forms the language needs and lacks, and
 * interpolated values or markup that the translation drops or invents.
 */
export function problemsWith(source: Messages, translated: Messages, language: string, sourceLanguage: string): string[] {
  const problems: string[] = [];
  const want = group(flatten(source));
  const have = group(flatten(translated));

  for (const [key, message] of want.plain) {
    const theirs = have.plain.get(key);
    if (theirs === undefined) {
      problems.push(`${key}: missing`);
      continue;
    }
    if (!theirs.trim()) problems.push(`${key}: empty`);
    const [a, b] = [[...variablesIn(message)].sort().join(), [...variablesIn(theirs)].sort().join()];
    if (a !== b) problems.push(`${key}: interpolates {${b}} where the source has {${a}}`);
    if (tagsIn(message).join() !== tagsIn(theirs).join()) problems.push(`${key}: markup differs from the source`);
  }
  for (const key of have.plain.keys()) if (!want.plain.has(key)) problems.push(`${key}: not in the source language`);

  for (const [id, plural] of want.plurals) {
    const needed = pluralCategories(sourceLanguage, plural.ordinal);
    for (const form of needed) if (!plural.forms.has(form)) problems.push(`${id}: the source lacks its "${form}" form`);
    const theirs = have.plurals.get(id);
    if (!theirs) {
      problems.push(`${id}: missing`);
      continue;
    }
    const allowed = new Set(pluralCategories(language, plural.ordinal));
    for (const form of allowed) if (!theirs.forms.has(form)) problems.push(`${id}: lacks the "${form}" form ${language} needs`);
    for (const form of theirs.forms.keys()) if (!allowed.has(form)) problems.push(`${id}: has a "${form}" form ${language} never uses`);
    // A form may leave the number out ("one need"), but may not name a value the source lacks,
    // and every value but the count must appear in the general form.
    const sourceVariables = new Set([...plural.forms.values()].flatMap((m) => [...variablesIn(m)]));
    for (const [form, message] of theirs.forms) {
      if (!message.trim()) problems.push(`${id}_${form}: empty`);
      for (const name of variablesIn(message)) if (!sourceVariables.has(name)) problems.push(`${id}_${form}: interpolates {${name}}, which the source does not`);
    }
    const other = theirs.forms.get('other') ?? '';
    for (const name of sourceVariables) if (name !== 'count' && !variablesIn(other).has(name)) problems.push(`${id}_other: drops {${name}}`);
  }
  for (const id of have.plurals.keys()) if (!want.plurals.has(id)) problems.push(`${id}: not in the source language`);
  return problems;
}
