/**
 * Ranking metrics with binary or graded relevance. Written here because they are a few lines each and the
 * libraries that have them bring a whole evaluation framework (and mostly live in Python).
 */

/** nDCG@k: discounted gain of the relevant results in the first k, against the best possible order. */
export function ndcgAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  return gradedNdcgAt(k, ranked, new Map([...relevant].map((id) => [id, 1])));
}

/** nDCG@k with graded gains (linear gain: a result worth 2 counts twice one worth 1). */
export function gradedNdcgAt(k: number, ranked: readonly string[], gains: ReadonlyMap<string, number>): number {
  if (gains.size === 0) return 0;
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    dcg += (gains.get(id) ?? 0) / Math.log2(i + 2);
  });
  const best = [...gains.values()].sort((a, b) => b - a).slice(0, k);
  const ideal = best.reduce((sum, gain, i) => sum + gain / Math.log2(i + 2), 0);
  return dcg / ideal;
}

/** recall@k: the share of the relevant results found in the first k. */
export function recallAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  if (relevant.size === 0) return 0;
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / relevant.size;
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}

/** precision@k: the share of the first k places holding a relevant result (empty places count as misses). */
export function precisionAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / k;
}

/** Reciprocal rank: 1 / the place of the first relevant result, 0 when none is ranked. */
export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const place = ranked.findIndex((id) => relevant.has(id));
  return place < 0 ? 0 : 1 / (place + 1);
}
