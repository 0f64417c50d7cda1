import type { NotificationKind } from '@principle-six/db';

/** Inbox items about the reader's claims to co-ops (written in claim-proof.ts and claim-decisions.ts). */
export const CLAIM_NOTICE_KINDS: NotificationKind[] = ['CLAIM_APPROVED', 'CLAIM_REJECTED', 'CLAIM_CLOSED'];

/** The one line an item about a claim shows, in the inbox and the digest alike. */
export function claimNoticeLine(kind: NotificationKind, coopName: string | null, reason: string | null): string {
  const coop = coopName ?? 'a co-op';
  switch (kind) {
    case 'CLAIM_APPROVED':
      return `Your claim to ${coop} was approved: you run its profile now`;
    case 'CLAIM_REJECTED':
      return `Your claim to ${coop} was turned down${reason ? `: ${reason}` : ''}`;
    default:
      return `Your claim to ${coop} was closed: someone else proved theirs first`;
  }
}
