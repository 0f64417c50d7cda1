import { WARMTH_LEVELS } from '@principle-six/schema';
import type { TFunction } from 'i18next';
import type { ReferralKind } from '../../gql/graphql';

/**
 * Warmth in words that name the receiver. The meaning of each level is WARMTH_LEVELS' (1 contact
 * shared, 2 material passed on, 3 vouched for, 4 introduced, 5 met together); only the wording
 * changes, and for an internal referral, where the giver's own co-op is the buyer, it is said from
 * the buyer's side. The words are `warmth.choice.*` and `warmth.summary.*` in the translation files.
 */
export type WarmthLevel = keyof typeof WARMTH_LEVELS;

export const WARMTH_VALUES: readonly WarmthLevel[] = [1, 2, 3, 4, 5];

const side = (kind: ReferralKind) => (kind === 'INTERNAL' ? 'internal' : 'external');

/** In the form, in the giver's words ("I", or "we" for their co-op). */
export function warmthChoiceLabel(t: TFunction<'referrals'>, level: WarmthLevel, kind: ReferralKind, receiver: string): string {
  return t(`warmth.choice.${side(kind)}.${level}`, { receiver });
}

/** On the referral's page, read by both co-ops: in the third person. */
export function warmthSummary(t: TFunction<'referrals'>, level: number, kind: ReferralKind, from: string, to: string): string {
  if (!isWarmthLevel(level)) return '';
  return t(`warmth.summary.${side(kind)}.${level}`, { from, to });
}

export function isWarmthLevel(level: number): level is WarmthLevel {
  return (WARMTH_VALUES as readonly number[]).includes(level);
}
