import { allWordsQuery, anyWordQuery, phraseQuery, quoteLexeme } from './tsquery';
import type { WordGroup } from './word-groups';

const group = (typed: string, exact: WordGroup['exact'], variant: string[] = [], related: string[] = []): WordGroup => ({
  typed,
  exact,
  variant: variant.map((l) => ({ form: { lexeme: l }, word: l, source: 'longer' })),
  related: related.map((l) => ({ form: { lexeme: l }, word: l, source: 'wordnet' })),
  coops: 1,
  correctedTo: null,
});

describe('building tsqueries from lexemes', () => {
  const print = group('printing', [{ lexeme: 'print' }], ['printer', 'printmak'], ['publish']);
  const leeds = group('leeds', [{ lexeme: 'leed' }]);

  it('makes each word any of its forms from every tier, joined by AND or OR', () => {
    expect(allWordsQuery([print, leeds])).toBe("('print' | 'printer' | 'printmak' | 'publish') & 'leed'");
    expect(anyWordQuery([print, leeds])).toBe("('print' | 'printer' | 'printmak' | 'publish') | 'leed'");
    expect(allWordsQuery([])).toBeNull();
  });

  it('writes a compound written apart as a phrase, so "veg box" and "veg-box" find "vegbox"', () => {
    const vegbox = group('vegbox', [{ lexeme: 'vegbox' }, { phrase: ['veg', 'box'] }]);
    expect(allWordsQuery([vegbox])).toBe("('vegbox' | ('veg' <-> 'box'))");
  });

  it('asks for the typed words in order as a phrase, for the phrase bonus', () => {
    expect(phraseQuery([print, leeds])).toBe("'print' <-> 'leed'");
    expect(phraseQuery([print])).toBeNull();
  });

  it('never writes a prefix query, whose matches GIN must recheck row by row', () => {
    expect(allWordsQuery([print])).not.toContain(':*');
  });

  it('quotes what would otherwise be query syntax', () => {
    expect(quoteLexeme("o'brien")).toBe("'o''brien'");
    expect(quoteLexeme('a\\b')).toBe("'a\\\\b'");
    expect(quoteLexeme('x & !y')).toBe("'x & !y'");
  });
});
