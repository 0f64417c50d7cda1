/**
 * The smaller parts of a match score: text rank normalised, how recently the provider was
 * active, past dealings between the two co-ops, and what the need's co-op said about earlier
 * matches. Each is a plain function of numbers the matcher reads from the database.
 */

/** ts_rank of the provider's document against the need's words at which the text part is 0.5. */
export const TEXT_HALF_RANK = 0.05;

/** PostgreSQL's ts_rank (0 and up, unbounded) mapped onto 0 to 1, keeping its order. */
export function textFit(rank: number): number {
  if (!(rank > 0)) return 0;
  return rank / (rank + TEXT_HALF_RANK);
}

/** Days after which a provider's recency part halves. */
export const RECENCY_HALF_LIFE_DAYS = 30;

/** 1 for a provider active now, halving every RECENCY_HALF_LIFE_DAYS. */
export function recencyFit(lastActiveAt: Date, now: Date): number {
  const days = Math.max(0, (now.getTime() - lastActiveAt.getTime()) / 86_400_000);
  return 0.5 ** (days / RECENCY_HALF_LIFE_DAYS);
}

export interface PastDealings {
  /**
   * Needs the two co-ops introduced themselves about, either way: distinct needs, not messages,
   * so that repeating an introduction cannot raise it.
   */
  introductions: number;
  /** Needs of either one that the other fulfilled, as confirmed by the co-op that fulfilled it. */
  fulfilledNeeds: number;
}

/**
 * Co-ops that have done business before, or talked, are likelier to again: each past dealing
 * closes half the remaining gap to 1; a fulfilled need counts as two introductions.
 */
export function reciprocityFit(dealings: PastDealings): number {
  const weight = dealings.introductions + 2 * dealings.fulfilledNeeds;
  return 1 - 0.5 ** weight;
}

export interface PastFeedback {
  /** Times the need's co-op marked this provider "not relevant". */
  notRelevant: number;
  /** Times the need's co-op saved one of this provider's matches. */
  saved: number;
}

/**
 * What the ranking learns from a co-op's own feedback: -1 once it has said a provider is not
 * relevant (twice for certain), up to +0.5 for providers it saved. Other co-ops' feedback does
 * not count: relevance is the asking co-op's judgement.
 */
export function feedbackFit(feedback: PastFeedback): number {
  if (feedback.notRelevant > 0) return -Math.min(1, 0.5 + 0.25 * feedback.notRelevant);
  return Math.min(0.5, 0.25 * feedback.saved);
}
