import type { Referral } from '@principle-six/db';
import type { Memberships } from './postings-access';
import { nextStages, type Side } from '../modules/referrals/referral-stages';

/**
 * Who sees and does what with referrals and thanks, in one place.
 *
 * - A referral is seen by members of its two co-ops only: the giver's and the receiver's. Anyone
 *   else (the prospect's co-op included) sees totals only (ledgers, the network page).
 * - The prospect's contact details: the giver's members always (they wrote them); the receiver's
 *   while the referral is theirs to act on or done, not once they declined it or it was
 *   withdrawn (the prospect agreed to hear from a co-op that is taking it up).
 * - Moves: the receiver's members accept, decline and take it on to won or lost; the giver's
 *   withdraw it before it is accepted (referral-stages.ts has the table).
 * - A thank-you, with its amount, is seen by members of its two co-ops only.
 * - Lists of a co-op's referrals and thanks are for its members.
 */

/** The sides the person acts for, the receiver's first (someone in both co-ops acts as either). */
export async function sidesOnReferral(referral: Pick<Referral, 'fromCoopId' | 'toCoopId'>, memberships: Memberships): Promise<Side[]> {
  const sides: Side[] = [];
  if (await memberships.has(referral.toCoopId)) sides.push('RECEIVER');
  if (await memberships.has(referral.fromCoopId)) sides.push('GIVER');
  return sides;
}

export async function canSeeReferral(referral: Pick<Referral, 'fromCoopId' | 'toCoopId'>, memberships: Memberships): Promise<boolean> {
  return (await sidesOnReferral(referral, memberships)).length > 0;
}

/** The stages the person may move the referral to, over every side they act for. */
export async function movesFor(referral: Pick<Referral, 'fromCoopId' | 'toCoopId' | 'stage'>, memberships: Memberships) {
  const sides = await sidesOnReferral(referral, memberships);
  return [...new Set(sides.flatMap((side) => nextStages(referral.stage, side)))];
}

export async function canSeeProspect(
  referral: Pick<Referral, 'fromCoopId' | 'toCoopId' | 'stage'>,
  memberships: Memberships,
): Promise<boolean> {
  if (await memberships.has(referral.fromCoopId)) return true;
  if (referral.stage === 'DECLINED' || referral.stage === 'WITHDRAWN') return false;
  return memberships.has(referral.toCoopId);
}

export async function canSeeThanks(thanks: { fromCoopId: string; toCoopId: string }, memberships: Memberships): Promise<boolean> {
  return (await memberships.has(thanks.fromCoopId)) || memberships.has(thanks.toCoopId);
}

/** A co-op's lists of referrals and thanks. */
export function seesReferralsOf(coopId: string, memberships: Memberships): Promise<boolean> {
  return memberships.has(coopId);
}
