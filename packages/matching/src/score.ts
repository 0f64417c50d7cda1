/**
 * The match score: a weighted sum of parts, each 0 to 1 (feedback -1 to 0.5). The weights were
 * tuned against the procurement evaluation (apps/api/bench/matching-quality.ts) and are part of
 * the contract with users: the reasons shown with a match are its largest parts.
 */
export interface ScoreParts {
  /** How much of the need's wording the provider shares (PostgreSQL ts_rank, normalised). */
  text: number;
  /** Closeness of their categories in the taxonomy. */
  category: number;
  /** Whether, and how well, the provider serves the need's place. */
  geo: number;
  /** How recently the provider was active. */
  recency: number;
  /** Past dealings between the two co-ops. */
  reciprocity: number;
  /** What the need's co-op said about this provider before. */
  feedback: number;
}

export type Weights = Readonly<Record<keyof ScoreParts, number>>;

/**
 * Text and category weigh the same. On the procurement evaluation (380 real notices, 8,612 real
 * co-ops; pnpm bench:matching) category at or above text gives P@10 0.806 and MRR 0.950; text
 * 0.45 over category 0.3 gave 0.763 and 0.904, text alone 0.297 and 0.461. That judgement is by
 * industry and cannot see text's finer ranking inside one, so text is kept as heavy as the
 * evaluation allows. Geo, recency and reciprocity do not vary there and are set by judgement.
 */
export const WEIGHTS: Weights = {
  text: 0.45,
  category: 0.45,
  geo: 0.1,
  recency: 0.05,
  reciprocity: 0.1,
  feedback: 0.5,
};

/** Below this a provider is not worth a person's attention, and is not stored. */
export const MIN_SCORE = 0.2;

export function combineScore(parts: ScoreParts, weights: Weights = WEIGHTS): number {
  let total = 0;
  for (const key of Object.keys(weights) as (keyof ScoreParts)[]) total += weights[key] * parts[key];
  return total;
}

/**
 * Whether a provider can be a match at all: it must share words or categories with the need
 * (place and activity alone make no match) and serve the need's place.
 */
export function isCandidate(parts: ScoreParts): boolean {
  return (parts.text > 0 || parts.category > 0) && parts.geo > 0;
}
