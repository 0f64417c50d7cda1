import { WARMTH_LEVELS } from '@principle-six/schema';
import type { ReferralKind } from '../../gql/graphql';

/**
 * Warmth in words that name the receiver. The meaning of each level is WARMTH_LEVELS' (1 contact
 * shared, 2 material passed on, 3 vouched for, 4 introduced, 5 met together); only the wording
 * changes, and for an internal referral, where the giver's own co-op is the buyer, it is said from
 * the buyer's side.
 */
export type WarmthLevel = keyof typeof WARMTH_LEVELS;

export const WARMTH_VALUES: readonly WarmthLevel[] = [1, 2, 3, 4, 5];

/** In the form, in the giver's words ("I", or "we" for their co-op). */
export function warmthChoiceLabel(level: WarmthLevel, kind: ReferralKind, receiver: string): string {
  if (kind === 'INTERNAL') {
    return {
      1: `We have shared our contact details with ${receiver}, nothing more yet`,
      2: `We have sent ${receiver} what we need in writing`,
      3: `Someone here knows ${receiver}'s work and vouches for it`,
      4: `We have already been introduced to ${receiver}`,
      5: `We have met ${receiver} about it, or a meeting is set up`,
    }[level];
  }
  return {
    1: `I shared the prospect's contact details, and the prospect knows ${receiver} will be in touch`,
    2: `I passed on material about ${receiver} to the prospect`,
    3: `I vouched for ${receiver} to the prospect`,
    4: `I introduced the prospect to ${receiver}`,
    5: `I set up or attended a meeting with the prospect and ${receiver}`,
  }[level];
}

/** On the referral's page, read by both co-ops: in the third person. */
export function warmthSummary(level: number, kind: ReferralKind, from: string, to: string): string {
  if (!isWarmthLevel(level)) return '';
  if (kind === 'INTERNAL') {
    return {
      1: `${from} has shared its contact details with ${to}, nothing more yet.`,
      2: `${from} has sent ${to} what it needs in writing.`,
      3: `Someone at ${from} knows ${to}'s work and vouches for it.`,
      4: `${from} has already been introduced to ${to}.`,
      5: `${from} has met ${to} about it, or a meeting is set up.`,
    }[level];
  }
  return {
    1: `${from} shared the prospect's contact details, and the prospect knows ${to} will be in touch.`,
    2: `${from} passed on material about ${to} to the prospect.`,
    3: `${from} vouched for ${to} to the prospect.`,
    4: `${from} introduced the prospect to ${to}.`,
    5: `${from} set up or attended a meeting with the prospect and ${to}.`,
  }[level];
}

export function isWarmthLevel(level: number): level is WarmthLevel {
  return (WARMTH_VALUES as readonly number[]).includes(level);
}
