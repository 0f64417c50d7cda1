import { parse } from 'graphql';
import { brokenTextAt } from './well-formed-text';

describe('text with half a character', () => {
  it('is found in variables, however deep, with where it is', () => {
    expect(brokenTextAt({ prefix: 'ab\ud800' })).toBe('prefix');
    expect(brokenTextAt({ input: { text: 'print', regions: ['Wales', 'x\udc00'] } })).toBe('input.regions.1');
  });

  it('cannot be in the query’s own strings: the parser refuses the escape', () => {
    expect(() => parse('{ searchSuggestions(prefix: "ab\\ud800") { label } }')).toThrow(/Unicode/);
  });

  it('lets whole characters through, those outside the BMP included', () => {
    expect(brokenTextAt({ text: 'café 🍞 ✓', n: 3, ok: true, none: null })).toBeNull();
  });
});
