import { buildTsQuery, quoteLexeme } from './tsquery';

describe('building tsqueries from lexemes', () => {
  it('makes each word a prefix with its close spellings, joined by AND or OR', () => {
    const groups = [
      { lexeme: 'print', similar: ['printer'] },
      { lexeme: 'leed', similar: [] },
    ];
    expect(buildTsQuery(groups, 'all')).toBe("('print':* | 'printer') & 'leed':*");
    expect(buildTsQuery(groups, 'any')).toBe("('print':* | 'printer') | 'leed':*");
  });

  it('does not prefix-match very short stems, and has no query without words', () => {
    expect(buildTsQuery([{ lexeme: 'co', similar: [] }], 'all')).toBe("'co'");
    expect(buildTsQuery([], 'all')).toBeNull();
  });

  it('quotes what would otherwise be query syntax', () => {
    expect(quoteLexeme("o'brien")).toBe("'o''brien'");
    expect(quoteLexeme('a\\b')).toBe("'a\\\\b'");
    expect(quoteLexeme('x & !y')).toBe("'x & !y'");
  });
});
