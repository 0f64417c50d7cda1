import { buildTsQuery, quoteLexeme } from './tsquery';

describe('building tsqueries from lexemes', () => {
  it('makes each word a group of itself, its longer forms and close spellings, joined by AND or OR', () => {
    const groups = [
      { lexeme: 'print', longer: ['printer', 'printmak'], similar: ['pint'] },
      { lexeme: 'leed', longer: [], similar: [] },
    ];
    expect(buildTsQuery(groups, 'all')).toBe("('print' | 'printer' | 'printmak' | 'pint') & 'leed'");
    expect(buildTsQuery(groups, 'any')).toBe("('print' | 'printer' | 'printmak' | 'pint') | 'leed'");
  });

  it('lists a word once however it was found, and has no query without words', () => {
    expect(buildTsQuery([{ lexeme: 'bookkeep', longer: ['bookkeeper'], similar: ['bookkeeper'] }], 'all')).toBe(
      "('bookkeep' | 'bookkeeper')",
    );
    expect(buildTsQuery([], 'all')).toBeNull();
  });

  it('never writes a prefix query, whose matches GIN must recheck row by row', () => {
    expect(buildTsQuery([{ lexeme: 'organ', longer: ['organic'], similar: [] }], 'all')).not.toContain(':*');
  });

  it('quotes what would otherwise be query syntax', () => {
    expect(quoteLexeme("o'brien")).toBe("'o''brien'");
    expect(quoteLexeme('a\\b')).toBe("'a\\\\b'");
    expect(quoteLexeme('x & !y')).toBe("'x & !y'");
  });
});
