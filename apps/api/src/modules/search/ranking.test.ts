import { relaxedSubsets } from './ranking';

describe('relaxed asks', () => {
  it('leaves out each word in turn, and each pair, for a short search', () => {
    const subsets = relaxedSubsets([{ coops: 5_000 }, { coops: 4_000 }, { coops: 3_000 }], 1_000);
    expect(subsets).toEqual([[1, 2], [0, 2], [0, 1], [2], [1], [0]]);
  });

  it('for a long search, leaves out only its commonest words, and asks for rare words alone', () => {
    const groups = Array.from({ length: 12 }, (_, i) => ({ coops: (i + 1) * 10_000 }));
    groups[3] = { coops: 500 }; // rare
    const subsets = relaxedSubsets(groups, 1_000);
    const all = [...Array(12).keys()];
    expect(subsets).toEqual([all.filter((i) => i !== 11), all.filter((i) => i !== 10), [3]]);
  });
});
