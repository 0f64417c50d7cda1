import type { ReferralStage } from '@principle-six/db';

/**
 * The referral's stage machine, in one table: who may move a referral from which stage to which,
 * and what each move must carry. Pure, so the service, the resolvers (viewerNextStages) and the
 * unit tests read the same rules.
 *
 * PASSED ─accept→ ACCEPTED ─→ CONTACTED ─→ MEETING_HELD ─→ PROPOSAL_SENT ─→ WON | LOST
 *   │ └decline→ DECLINED      (forward only; any of the middle stages may be skipped)
 *   └withdraw (giver)→ WITHDRAWN
 *
 * Moves only go forward, so a referral's history reads in order and a final stage stays final.
 */
export type Side = 'GIVER' | 'RECEIVER';

/** The stages a referral passes through once accepted, in order. */
const PROGRESS: ReferralStage[] = ['ACCEPTED', 'CONTACTED', 'MEETING_HELD', 'PROPOSAL_SENT'];

export const FINAL_STAGES: ReadonlySet<ReferralStage> = new Set(['DECLINED', 'WITHDRAWN', 'WON', 'LOST']);

/** Waiting on the receiver: what counts as open, and what the 7-day reminder looks at. */
export const OPEN_STAGES: ReferralStage[] = ['PASSED', ...PROGRESS];

/** Before the receiver first contacted the prospect: the reminder's concern. */
export const AWAITING_CONTACT: ReferralStage[] = ['PASSED', 'ACCEPTED'];

export function nextStages(stage: ReferralStage, side: Side): ReferralStage[] {
  if (side === 'GIVER') return stage === 'PASSED' ? ['WITHDRAWN'] : [];
  if (stage === 'PASSED') return ['ACCEPTED', 'DECLINED'];
  const at = PROGRESS.indexOf(stage);
  if (at < 0) return [];
  return [...PROGRESS.slice(at + 1), 'WON', 'LOST'];
}

export function canMove(from: ReferralStage, to: ReferralStage, side: Side): boolean {
  return nextStages(from, side).includes(to);
}

/** What a move must carry: a reason to decline or lose, a value to win. */
export function requirements(to: ReferralStage): { reason: 'required' | 'optional' | 'none'; value: boolean } {
  switch (to) {
    case 'DECLINED':
    case 'LOST':
      return { reason: 'required', value: false };
    case 'WITHDRAWN':
      return { reason: 'optional', value: false };
    case 'WON':
      return { reason: 'none', value: true };
    default:
      return { reason: 'none', value: false };
  }
}

/** Moving to one of these is the receiver's first contact with the prospect. */
export function isContact(stage: ReferralStage): boolean {
  // Lost straight from accepted may mean the prospect was never reached: not a contact.
  return ['CONTACTED', 'MEETING_HELD', 'PROPOSAL_SENT', 'WON'].includes(stage);
}

/** Words for a stage in messages (the web app has its own labels). */
export const STAGE_WORDS: Record<ReferralStage, string> = {
  PASSED: 'passed',
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  WITHDRAWN: 'withdrawn',
  CONTACTED: 'contacted',
  MEETING_HELD: 'meeting held',
  PROPOSAL_SENT: 'proposal sent',
  WON: 'won',
  LOST: 'lost',
};
