import { searchInputSchema } from '@principle-six/schema';
import type { SearchPlan } from './search-plan';
import { walkedMatches, walkLength } from './table-walk';

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

  it('decides from live counts, never from the figures a page cursor carries (a client can forge those)', () => {
    const group = { typed: 'printing', exact: [{ lexeme: 'print' }], variant: [], related: [], coops: 32_000, correctedTo: null };
    const plan: SearchPlan = {
      input: searchInputSchema.parse({ text: 'printing', coopTypes: ['WORKER'] }),
      groups: [group],
      corpus: { coops: 3_000_000, averageLength: 40 },
      query: "'print'",
      widerQuery: "'print'",
      anyOwnQuery: "'print'",
      anyQuery: "'print'",
      filterFirst: null,
      filterRows: 1_500_000,
      matchedAllWords: true,
      wordCount: 1,
      near: null,
    };
    expect(walkedMatches(plan, group, "'print'", 1_000)).toBeNull(); // 1 % of co-ops, half pass the filter
    const forged = { ...plan, ranking: { coops: 1_000_000, averageLength: 15, wordCoops: [2 ** 31 - 1] } };
    expect(walkedMatches(forged, group, "'print'", 1_000)).toBeNull();
  });
});
