/**
 * Builds PostgreSQL tsquery text from lexemes that PostgreSQL itself produced (to_tsvector with
 * the p6_search configuration), so nothing a person typed reaches the query syntax unquoted.
 * Each search word becomes a group: the word as a prefix (printing → print:* finds "printers"),
 * or the real words closest to it in spelling (bookeeping → bookkeep). Groups are joined with
 * AND for "every word", OR for "any word".
 */
export interface WordGroup {
  lexeme: string;
  similar: string[];
}

/** Shorter stems match too much as prefixes ("co:*" would match "coffee"). */
const MIN_PREFIX_LENGTH = 3;

export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

function groupQuery(group: WordGroup): string {
  const own = quoteLexeme(group.lexeme) + (group.lexeme.length >= MIN_PREFIX_LENGTH ? ':*' : '');
  const alternatives = [own, ...group.similar.filter((w) => w !== group.lexeme).map(quoteLexeme)];
  return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' | ')})`;
}

export function buildTsQuery(groups: readonly WordGroup[], mode: 'all' | 'any'): string | null {
  if (groups.length === 0) return null;
  return groups.map(groupQuery).join(mode === 'all' ? ' & ' : ' | ');
}
