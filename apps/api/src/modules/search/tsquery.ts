import type { Form, WordGroup } from './word-groups';

/**
 * Builds PostgreSQL tsquery text from lexemes that PostgreSQL itself produced (to_tsvector with
 * the p6_search configuration), so nothing a person typed reaches the query syntax unquoted.
 * A form is a lexeme or two lexemes side by side (a compound written apart); a word group
 * matches any of its forms.
 *
 * Longer forms are listed from the vocabulary rather than written as a prefix (print:*): GIN
 * must recheck every row a prefix query matches against the heap, which at a million co-ops
 * made a two-word search of common stems take 150 ms where the listed words take 3 ms.
 */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

export function formQuery(form: Form): string {
  return 'lexeme' in form ? quoteLexeme(form.lexeme) : `(${quoteLexeme(form.phrase[0])} <-> ${quoteLexeme(form.phrase[1])})`;
}

export function anyOf(forms: readonly Form[]): string | null {
  if (forms.length === 0) return null;
  const parts = forms.map(formQuery);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' | ')})`;
}

export type Tier = 'exact' | 'variant' | 'related';

export function tierForms(group: WordGroup, tier: Tier): Form[] {
  return tier === 'exact' ? group.exact : group[tier].map((f) => f.form);
}

/** Any form of the word, from every tier. */
export function groupQuery(group: WordGroup): string {
  return anyOf([...group.exact, ...group.variant.map((f) => f.form), ...group.related.map((f) => f.form)])!;
}

/** The word by its own forms and variants only, not related words. */
export function ownFormsQuery(group: WordGroup): string {
  return anyOf([...group.exact, ...group.variant.map((f) => f.form)])!;
}

/** Every word (each by any of its forms, or by its own forms only), or null without words. */
export function allWordsQuery(groups: readonly WordGroup[], forms: 'any' | 'own' = 'any'): string | null {
  return groups.length ? groups.map(forms === 'own' ? ownFormsQuery : groupQuery).join(' & ') : null;
}

/** Any word (by any form, or by its own forms only), or null without words. */
export function anyWordQuery(groups: readonly WordGroup[], forms: 'any' | 'own' = 'any'): string | null {
  return groups.length ? groups.map(forms === 'own' ? ownFormsQuery : groupQuery).join(' | ') : null;
}

/**
 * The typed words' own lexemes one after another ("veg box" → 'veg' <-> 'box'): a profile
 * holding the words as a phrase ranks above one holding them apart. Null for one word.
 */
export function phraseQuery(groups: readonly WordGroup[]): string | null {
  const lexemes = groups.map((g) => g.exact.find((f): f is { lexeme: string } => 'lexeme' in f)?.lexeme);
  if (lexemes.length < 2 || lexemes.some((l) => !l)) return null;
  return lexemes.map((l) => quoteLexeme(l!)).join(' <-> ');
}
