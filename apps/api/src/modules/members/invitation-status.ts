import type { Invitation } from '@principle-six/db';

export type InvitationStatus = 'OPEN' | 'ACCEPTED' | 'EXPIRED' | 'REVOKED';

export function invitationStatus(invitation: Invitation, now = new Date()): InvitationStatus {
  if (invitation.revokedAt) return 'REVOKED';
  if (invitation.acceptedAt) return 'ACCEPTED';
  if (invitation.expiresAt <= now) return 'EXPIRED';
  return 'OPEN';
}
