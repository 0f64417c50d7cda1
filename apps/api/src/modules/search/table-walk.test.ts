import { walkLength } from './table-walk';

describe('walking the table for one word', () => {
  it('walks when the rows it expects to read are few against the word’s index list', () => {
    // "print": 292,000 of 3 million; 1,000 wanted → ~10,300 rows expected, read at most 4 times that.
    expect(walkLength(3_000_000, { coops: 292_000 }, 1_000)).toBe(4 * Math.ceil(1_000 / (292_000 / 3_000_000)));
  });

  it('uses the index for a rarer word, and when filters make matches rarer still', () => {
    expect(walkLength(3_000_000, { coops: 32_000 }, 1_000)).toBeNull(); // 1 % of profiles
    expect(walkLength(3_000_000, { coops: 292_000 }, 1_000, 0.02)).toBeNull(); // in a 2 % category
    expect(walkLength(3_000_000, { coops: 177_000 }, 1_000, 0.53)).not.toBeNull(); // worker co-ops: half of all
  });

  it('never walks for a word no profile holds', () => {
    expect(walkLength(3_000_000, { coops: 0 }, 1_000)).toBeNull();
    expect(walkLength(0, { coops: 0 }, 1_000)).toBeNull();
  });
});
