import { gradedNdcgAt, ndcgAt, precisionAt, recallAt, reciprocalRank } from './metrics';

describe('ranking metrics', () => {
  const relevant = new Set(['a', 'b']);

  it('gives nDCG 1 to a perfect order and less when a relevant result is lower', () => {
    expect(ndcgAt(10, ['a', 'b', 'x'], relevant)).toBeCloseTo(1);
    const late = ndcgAt(10, ['x', 'a', 'b'], relevant);
    expect(late).toBeLessThan(1);
    // DCG = 1/log2(3) + 1/log2(4); ideal = 1 + 1/log2(3)
    expect(late).toBeCloseTo((1 / Math.log2(3) + 0.5) / (1 + 1 / Math.log2(3)));
  });

  it('weighs graded answers by their gain: the better answer first scores higher', () => {
    const gains = new Map([['a', 2], ['b', 1]]);
    expect(gradedNdcgAt(10, ['a', 'b'], gains)).toBeCloseTo(1);
    const swapped = gradedNdcgAt(10, ['b', 'a'], gains);
    // DCG = 1 + 2/log2(3); ideal = 2 + 1/log2(3)
    expect(swapped).toBeCloseTo((1 + 2 / Math.log2(3)) / (2 + 1 / Math.log2(3)));
    expect(swapped).toBeLessThan(1);
  });

  it('counts only the first k results', () => {
    expect(ndcgAt(1, ['x', 'a', 'b'], relevant)).toBe(0);
    expect(recallAt(2, ['x', 'a', 'b'], relevant)).toBe(0.5);
    expect(recallAt(3, ['x', 'a', 'b'], relevant)).toBe(1);
  });

  it('scores nothing found, or nothing to find, as 0', () => {
    expect(ndcgAt(10, [], relevant)).toBe(0);
    expect(recallAt(10, ['a'], new Set())).toBe(0);
  });

  it('gives precision@k over k places, so a short list is not rewarded for being short', () => {
    expect(precisionAt(2, ['a', 'x'], relevant)).toBe(0.5);
    expect(precisionAt(10, ['a'], relevant)).toBe(0.1);
    expect(precisionAt(10, [], relevant)).toBe(0);
  });

  it('gives the reciprocal rank of the first relevant result, or 0', () => {
    expect(reciprocalRank(['a', 'b'], relevant)).toBe(1);
    expect(reciprocalRank(['x', 'y', 'b'], relevant)).toBeCloseTo(1 / 3);
    expect(reciprocalRank(['x'], relevant)).toBe(0);
  });
});
