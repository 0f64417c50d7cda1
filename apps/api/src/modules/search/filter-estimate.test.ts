import { splitWords, FILTER_FIRST_RATIO } from './filter-estimate';
import type { WordGroup } from './word-groups';

const word = (lexeme: string, coops: number): WordGroup => ({
  typed: lexeme,
  exact: [{ lexeme }],
  variant: [],
  related: [],
  coops,
  correctedTo: null,
});

describe('filter first', () => {
  it('checks a word far commoner than the categories on their co-ops, and looks the others up', () => {
    const split = splitWords([word('print', 292_000), word('leaflet', 9_000)], 62_000);
    expect(split).toEqual({ indexed: "'leaflet'", perRow: "'print'" });
  });

  it('leaves every word to the index when none is clearly commoner than the categories', () => {
    expect(splitWords([word('payrol', 133_000)], 226_000)).toBeNull();
    expect(splitWords([word('payrol', FILTER_FIRST_RATIO * 1000 - 1)], 1000)).toBeNull();
  });

  it('checks every word per co-op when all are commoner, so the categories alone are looked up', () => {
    expect(splitWords([word('organ', 1_000_000), word('food', 400_000)], 5_000)).toEqual({ indexed: null, perRow: "'organ' & 'food'" });
  });
});
