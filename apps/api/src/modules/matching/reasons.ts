import type { Match } from '@principle-six/db';
import { WEIGHTS } from '@principle-six/matching';
import { findCategory } from '@principle-six/taxonomy';
import type { MatchReasonKind } from '../../generated/resolvers';

export interface MatchReason {
  kind: MatchReasonKind;
  text: string;
}

/**
 * Why a match was made, in words, the parts that added most to its score first. Stored stems
 * ("recycl") are shown as the need's own words that begin with them ("recycled").
 */
export function explainMatch(match: Match, needText: string): MatchReason[] {
  const reasons: { weight: number; reason: MatchReason }[] = [];
  const words = readableWords(match.sharedTerms, needText);
  if (match.textScore > 0 && words.length > 0) {
    reasons.push({ weight: WEIGHTS.text * match.textScore, reason: { kind: 'SHARED_WORDS', text: `Shares the words ${list(words.slice(0, 5).map((w) => `“${w}”`))}` } });
  }
  const categories = match.sharedCategoryCodes.flatMap((code) => findCategory(code)?.name ?? []);
  if (match.categoryScore > 0 && categories.length > 0) {
    const close = match.categoryScore >= 1 ? 'Works in' : 'Works close to';
    reasons.push({ weight: WEIGHTS.category * match.categoryScore, reason: { kind: 'SHARED_CATEGORIES', text: `${close} ${list(categories.slice(0, 3))}` } });
  }
  if (match.distanceKm !== null) {
    reasons.push({ weight: WEIGHTS.geo * match.geoScore, reason: { kind: 'NEARBY', text: `${formatKm(match.distanceKm)} away` } });
  } else if (match.geoScore > 0) {
    reasons.push({ weight: WEIGHTS.geo * match.geoScore, reason: { kind: 'SERVES_ANYWHERE', text: 'Place is no obstacle: one side works anywhere' } });
  }
  if (match.reciprocityScore > 0) {
    reasons.push({ weight: WEIGHTS.reciprocity * match.reciprocityScore, reason: { kind: 'PAST_DEALINGS', text: 'You have dealt with each other before' } });
  }
  if (match.recencyScore >= 0.8) {
    reasons.push({ weight: WEIGHTS.recency * match.recencyScore, reason: { kind: 'RECENTLY_ACTIVE', text: 'Active in the last fortnight' } });
  }
  if (match.feedbackScore > 0) {
    reasons.push({ weight: WEIGHTS.feedback * match.feedbackScore, reason: { kind: 'SAVED_BEFORE', text: 'You saved this co-op before' } });
  }
  return reasons.sort((a, b) => b.weight - a.weight).map((r) => r.reason);
}

/** Each stem as the first word of the text that begins with it, else the stem itself. */
export function readableWords(stems: readonly string[], text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return stems.map((stem) => words.find((w) => w.startsWith(stem)) ?? stem);
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function formatKm(km: number): string {
  return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km).toLocaleString('en-GB')} km`;
}
