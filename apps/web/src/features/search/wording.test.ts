import { formatDistance, listOf } from './wording';

describe('listOf', () => {
  it('joins words as English does, without a comma before the last', () => {
    expect(listOf('en-GB', ['“a”'])).toBe('“a”');
    expect(listOf('en-GB', ['“a”', '“b”'], 'disjunction')).toBe('“a” or “b”');
    expect(listOf('en-GB', ['“a”', '“b”', '“c”'])).toBe('“a”, “b” and “c”');
    expect(listOf('en-GB', ['“a”', '“b”', '“c”'], 'disjunction')).toBe('“a”, “b” or “c”');
  });

  it('writes Welsh "a" or "ac" as the next word needs, never "a(c)"', () => {
    expect(listOf('cy', ['“bara”', '“llaeth”'])).toBe('“bara” a “llaeth”');
    expect(listOf('cy', ['“bara”', '“llaeth”', '“afalau”'])).toMatch(/“llaeth”,? ac “afalau”$/);
    expect(listOf('cy', ['“bara”', '“ŵy”'])).toBe('“bara” ac “ŵy”');
    expect(listOf('cy', ['“bara”', '“llaeth”'], 'disjunction')).toBe('“bara” neu “llaeth”');
  });
});

describe('formatDistance', () => {
  it('keeps one decimal under 10 km and whole kilometres beyond', () => {
    expect(formatDistance('en-GB', 3.14)).toBe('3.1');
    expect(formatDistance('en-GB', 3)).toBe('3.0');
    expect(formatDistance('en-GB', 12.6)).toBe('13');
    expect(formatDistance('en-GB', 1234.2)).toBe('1,234');
  });
});
