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
 *   withdrawn (the prospect agreed to hear from a co-op that is taking it up). Either way only
 *   from an account with a confirmed email address, as for every contact detail here.
 * - Moves: the receiver's members accept, decline and take it on to won or lost; the giver's
 *   withdraw it before it is accepted (referral-stages.ts has the table).
 * - A thank-you, with its amount, is seen by members of its two co-ops only. A direct one is
 *   confirmed or rejected by members of the credited co-op who are not in the thanking one. A total shown to
 *   anyone else (a co-op's ledger, the network page) is left out when fewer than
 *   MIN_THANKS_IN_A_PUBLIC_TOTAL thank-yous make it up, since a total of one is its amount.
 * - Lists of a co-op's referrals and thanks are for its members.
 * - One person may not act for both sides of a referral or a thank-you (pass it and accept it,
 *   thank a co-op they belong to): business a co-op credits itself with is not business passed.
 */

export const MIN_THANKS_IN_A_PUBLIC_TOTAL = 3;

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

/**
 * The sides the person may act for on this referral: someone in both co-ops, or who passed it,
 * acts for the giver only (they may withdraw it, never accept or win it themselves).
 */
export async function actingSides(
  referral: Pick<Referral, 'fromCoopId' | 'toCoopId' | 'passedById'>,
  memberships: Memberships,
  userId: string | null,
): Promise<Side[]> {
  const sides = await sidesOnReferral(referral, memberships);
  const conflicted = sides.length === 2 || (userId !== null && referral.passedById === userId);
  return conflicted ? sides.filter((side) => side === 'GIVER') : sides;
}

/** The stages the person may move the referral to, over every side they act for. */
export async function movesFor(
  referral: Pick<Referral, 'fromCoopId' | 'toCoopId' | 'stage' | 'passedById'>,
  memberships: Memberships,
  userId: string | null,
) {
  const sides = await actingSides(referral, memberships, userId);
  return [...new Set(sides.flatMap((side) => nextStages(referral.stage, side)))];
}

export async function canSeeProspect(
  referral: Pick<Referral, 'fromCoopId' | 'toCoopId' | 'stage'>,
  memberships: Memberships,
  viewer: { emailVerifiedAt: Date | null } | null,
): Promise<boolean> {
  if (!viewer?.emailVerifiedAt) return false;
  if (await memberships.has(referral.fromCoopId)) return true;
  if (referral.stage === 'DECLINED' || referral.stage === 'WITHDRAWN') return false;
  return memberships.has(referral.toCoopId);
}

export async function canSeeThanks(thanks: { fromCoopId: string; toCoopId: string }, memberships: Memberships): Promise<boolean> {
  return (await memberships.has(thanks.fromCoopId)) || memberships.has(thanks.toCoopId);
}

/**
 * Whether the person may confirm or reject a direct thank-you: a member of the credited co-op who
 * did not write it and is not also a member of the co-op that wrote it (either would be
 * confirming their own word; someone who wrote it and then changed co-ops included).
 */
export async function answersThanksFor(
  thanks: { fromCoopId: string; toCoopId: string; writtenById: string | null },
  memberships: Memberships,
  userId: string,
) {
  if (thanks.writtenById === userId) return false;
  return (await memberships.has(thanks.toCoopId)) && !(await memberships.has(thanks.fromCoopId));
}

/** answersThanksFor, while the thank-you waits for an answer, from a confirmed address. */
export async function canAnswerThanks(
  thanks: { fromCoopId: string; toCoopId: string; writtenById: string | null; status: string },
  memberships: Memberships,
  viewer: { id: string; emailVerifiedAt: Date | null } | null,
) {
  return !!viewer?.emailVerifiedAt && thanks.status === 'PENDING' && answersThanksFor(thanks, memberships, viewer.id);
}

/** Whether a total made of `count` thank-yous may be shown to someone outside the co-op. */
export function showsPublicTotal(count: number): boolean {
  return count >= MIN_THANKS_IN_A_PUBLIC_TOTAL;
}

/** A co-op's lists of referrals and thanks. */
export function seesReferralsOf(coopId: string, memberships: Memberships): Promise<boolean> {
  return memberships.has(coopId);
}
