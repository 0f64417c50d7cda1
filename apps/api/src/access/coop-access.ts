import type { MemberRole, User } from '@principle-six/db';
import type { UserError } from '../generated/resolvers';
import { fail } from '../errors/user-errors';

/**
 * Who sees what of a co-op, in one place: its resolvers ask here rather than deciding field by
 * field.
 *
 * - The pitch (name, place, what it provides, categories...) is public.
 * - Members see its notes, its members and its contact details as stored (to edit them).
 * - Owners see open invitations and edit the profile.
 * - Anyone else reaches its contact details only through revealContact, signed in with a
 *   confirmed email address and within the reveal limits (see rate-limits/policies.ts).
 */
export const coopAccess = {
  seesMembersOnly: (role: MemberRole | null) => role !== null,
  seesOwnersOnly: (role: MemberRole | null) => role === 'OWNER',
};

/**
 * Contact details, digests and invitations go nowhere until the account has confirmed its
 * email address: an unconfirmed account could be anyone's, made by a script.
 */
export function requireVerifiedEmail(actor: Pick<User, 'emailVerifiedAt'>, action: string): ReturnType<typeof fail> | null {
  if (actor.emailVerifiedAt) return null;
  return fail(emailNotVerified(action));
}

export function emailNotVerified(action: string): UserError {
  return {
    code: 'EMAIL_NOT_VERIFIED',
    field: null,
    message: `Confirm your email address to ${action}: open the link we mailed you, or ask for a new one.`,
  };
}
