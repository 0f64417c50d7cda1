import { lookUp } from './wordnet';

export interface RelatedWord {
  word: string;
  /** 'wordnet' (a synonym), 'derived' (supplier ↔ supply, from WordNet), 'profiles' (used alongside it in our profiles). */
  source: string;
}

export interface WordRelations {
  of: string;
  /** Whether the word is in the dictionary: a real word, whose spelling neighbours are not what was meant. */
  dictionaryWord: boolean;
  /** Other forms of the same word: they weigh nearly as the word itself. */
  derived: RelatedWord[];
  /** Other words for the same thing: they weigh least. */
  related: RelatedWord[];
}

/**
 * What the sources held in this process say of each typed word: WordNet's derivations and its
 * synonyms in the word's commonest senses. Words used alongside it in our own profiles come from
 * the database with the word's lexeme (related_terms; search/word-groups.ts). Which of them
 * search uses is for the corpus to say: a word no profile holds is dropped there.
 */
export function wordRelations(words: readonly string[]): WordRelations[] {
  return [...new Set(words)].map((of) => {
    if (!/^\p{L}{3,}$/u.test(of)) return { of, dictionaryWord: false, derived: [], related: [] };
    const entry = lookUp(of);
    return {
      of,
      dictionaryWord: entry.known,
      derived: entry.derived.map((word) => ({ word, source: 'derived' })),
      related: entry.synonyms.map((word) => ({ word, source: 'wordnet' })),
    };
  });
}
