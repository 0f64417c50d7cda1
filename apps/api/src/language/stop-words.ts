import { Prisma } from '@principle-six/db';

/**
 * Words that say nothing about what a co-op provides or a need asks for, left out by search,
 * by matching's query and by the words a match reports as shared. PostgreSQL's English stop
 * words ("the", "for", "with") are already dropped by the p6_search configuration; these are the
 * words of asking and of co-op boilerplate, which every need and most profiles hold, so that "we
 * need a co-op printer" shares only "printer" with a printing co-op. Numbers alone ("000",
 * "2025") are stop words too, in SQL (stop_lexemes() and match_query(), migration 8).
 *
 * Written here, not taken from a library: stop-word lists (PostgreSQL's, the `stopword`
 * package's) hold function words, not a network's own boilerplate. The list stays short and
 * generic on purpose: a word that only some profiles hold ("services") is left to the
 * ranking's word weights, not dropped.
 */
export const STOP_WORDS: readonly string[] = [
  // asking
  'need', 'needs', 'needed', 'want', 'wanted', 'looking', 'seeking', 'require', 'required', 'requirement',
  'request', 'please', 'anyone', 'someone', 'somebody', 'recommend', 'recommendation',
  // co-op boilerplate and legal forms
  'co', 'op', 'coop', 'co-op', 'cooperative', 'co-operative', 'cooperatives', 'co-operatives',
  'ltd', 'limited', 'llp', 'plc', 'cic', 'inc',
];

/** The stop words as p6_search lexemes, computed by PostgreSQL itself (stop_lexemes()). */
export const STOP_LEXEMES_SQL = Prisma.sql`stop_lexemes(${[...STOP_WORDS]}::text[])`;
