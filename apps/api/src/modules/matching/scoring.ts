import {
  categoryFit,
  combineScore,
  feedbackFit,
  geoFit,
  isCandidate,
  MIN_SCORE,
  reciprocityFit,
  recencyFit,
  textFit,
  type ScoreParts,
} from '@principle-six/matching';
import { categoryLineage } from '@principle-six/taxonomy';
import type { Candidate, NeedForMatching } from './candidates';
import { pairKey, type PairSignals } from './signals';

export interface ScoredMatch {
  needId: string;
  providerCoopId: string;
  offerId: string | null;
  score: number;
  parts: ScoreParts;
  distanceKm: number | null;
  sharedCategoryCodes: string[];
}

const NO_SIGNALS: PairSignals = { introductions: 0, fulfilledNeeds: 0, notRelevant: 0, saved: 0 };

/** One candidate's score parts, or null when it is no match (see isCandidate and MIN_SCORE). */
export function scoreCandidate(
  need: NeedForMatching,
  candidate: Candidate,
  signals: Map<string, PairSignals>,
  now: Date,
  { minScore = MIN_SCORE }: { minScore?: number } = {},
): ScoredMatch | null {
  const pair = signals.get(pairKey(need.coopId, candidate.coopId)) ?? NO_SIGNALS;
  const category = categoryFit(need.categoryCodes, candidate.categoryPaths);
  const geo = geoFit(need, candidate);
  const parts: ScoreParts = {
    text: textFit(candidate.rank),
    category: category.score,
    geo: geo.score,
    recency: recencyFit(candidate.activeAt, now),
    reciprocity: reciprocityFit(pair),
    feedback: feedbackFit(pair),
  };
  if (!isCandidate(parts)) return null;
  const score = combineScore(parts);
  if (score < minScore) return null;
  return {
    needId: need.id,
    providerCoopId: candidate.coopId,
    offerId: candidate.kind === 'offer' ? candidate.id : null,
    score,
    parts,
    distanceKm: geo.distanceKm,
    sharedCategoryCodes: mostSpecific(category.sharedCodes),
  };
}

/** Drops codes that are ancestors of another shared code: 62012 says more than 62 beside it. */
function mostSpecific(codes: string[]): string[] {
  return codes.filter((code) => !codes.some((other) => other !== code && categoryLineage(other).includes(code)));
}

/**
 * A need's best matches: highest score first, at most `limit`. A co-op's profile is left out
 * when one of its offers is in the list, since the offer says more.
 */
export function bestMatches(scored: ScoredMatch[], limit: number): ScoredMatch[] {
  const withOffer = new Set(scored.filter((m) => m.offerId).map((m) => m.providerCoopId));
  return scored
    .filter((m) => m.offerId !== null || !withOffer.has(m.providerCoopId))
    .sort((a, b) => b.score - a.score || (a.offerId ?? a.providerCoopId).localeCompare(b.offerId ?? b.providerCoopId))
    .slice(0, limit);
}
