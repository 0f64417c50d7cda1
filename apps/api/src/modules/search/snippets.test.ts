import { toSegments } from './snippets';

describe('snippets', () => {
  it('split highlighted words from plain text', () => {
    expect(toSegments('We \u0002print\u0003 leaflets and \u0002printed\u0003 matter', true)).toEqual([
      { text: 'We ', highlighted: false },
      { text: 'print', highlighted: true },
      { text: ' leaflets and ', highlighted: false },
      { text: 'printed', highlighted: true },
      { text: ' matter', highlighted: false },
    ]);
  });

  it('keep markup as text, and cut long text without search words', () => {
    expect(toSegments('<b>bold</b>', true)).toEqual([{ text: '<b>bold</b>', highlighted: false }]);
    const long = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(toSegments(long, false)[0]!.text.endsWith('w29 …')).toBe(true);
    expect(toSegments('', true)).toEqual([]);
  });
});
