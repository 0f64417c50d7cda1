import { z } from 'zod';
import type { Database, Invitation, Membership, MemberRole, User } from '@principle-six/db';
import { requireVerifiedEmail } from '../../access/coop-access';
import { hashToken, newToken } from '../../auth/tokens';
import { isId } from '../../errors/ids';
import {
  conflict,
  expired,
  fail,
  forbidden,
  invalidInput,
  notFound,
  ok,
  unauthenticated,
  type Result,
} from '../../errors/user-errors';
import { createOnce } from '../idempotency/idempotency';
import { invitationStatus } from './invitation-status';

export const INVITATION_DAYS = 7;

const roleSchema = z.enum(['OWNER', 'MEMBER']);

const STALE_MESSAGES = {
  ACCEPTED: 'This invitation has already been used. Ask an owner of the co-op for a new one.',
  EXPIRED: 'This invitation has expired. Ask an owner of the co-op for a new one.',
  REVOKED: 'This invitation was withdrawn. Ask an owner of the co-op for a new one.',
} as const;

export class MemberService {
  constructor(private readonly db: Database) {}

  private role(userId: string, coopId: string): Promise<MemberRole | null> {
    return this.db.membership
      .findUnique({ where: { userId_coopId: { userId, coopId } }, select: { role: true } })
      .then((m) => m?.role ?? null);
  }

  /** Refuses unless the actor is signed in and owns the co-op (which must exist). */
  private async requireOwner(actor: User | null, coopId: string, action: string) {
    if (!actor) return fail(unauthenticated(`Sign in to ${action}.`));
    if (!isId(coopId)) return fail(notFound('There is no such co-op.'));
    const coop = await this.db.coop.findUnique({ where: { id: coopId }, select: { id: true } });
    if (!coop) return fail(notFound('There is no such co-op.'));
    if ((await this.role(actor.id, coopId)) !== 'OWNER') {
      return fail(forbidden(`Only the co-op's owners can ${action}.`));
    }
    return null;
  }

  async createInvitation(
    actor: User | null,
    coopId: string,
    role: string,
    idempotencyKey?: string | null,
  ): Promise<Result<{ invitation: Invitation; token: string | null }>> {
    const refusal = await this.requireOwner(actor, coopId, 'invite people');
    if (refusal) return refusal;
    const unverified = requireVerifiedEmail(actor!, 'invite people');
    if (unverified) return unverified;
    const parsedRole = roleSchema.safeParse(role);
    if (!parsedRole.success) return fail(invalidInput('Choose OWNER or MEMBER.', 'role'));
    const token = newToken();
    const request = { userId: actor!.id, key: idempotencyKey, operation: 'createInvitation', args: { coopId, role } };
    const result = await createOnce(this.db, request, {
      find: (id) => this.db.invitation.findUnique({ where: { id } }),
      create: async (tx, id) =>
        ok(
          await tx.invitation.create({
            data: {
              id,
              coopId,
              role: parsedRole.data,
              tokenHash: hashToken(token),
              createdById: actor!.id,
              expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
            },
          }),
        ),
    });
    if (!result.ok) return result;
    // A repeat answers the first invitation, whose token only its first answer carried.
    return ok({ invitation: result.value, token: result.value.tokenHash === hashToken(token) ? token : null });
  }

  async revokeInvitation(actor: User | null, invitationId: string): Promise<Result<true>> {
    if (!actor) return fail(unauthenticated('Sign in to withdraw an invitation.'));
    const invitation = isId(invitationId)
      ? await this.db.invitation.findUnique({ where: { id: invitationId } })
      : null;
    if (!invitation) return fail(notFound('There is no such invitation.'));
    const refusal = await this.requireOwner(actor, invitation.coopId, 'withdraw invitations');
    if (refusal) return refusal;
    await this.db.invitation.update({ where: { id: invitationId }, data: { revokedAt: new Date() } });
    return ok(true);
  }

  /** Invitations that can still be accepted, newest first. */
  openInvitations(coopId: string): Promise<Invitation[]> {
    return this.db.invitation.findMany({
      where: { coopId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: 'desc' },
    });
  }

  preview(token: string): Promise<Invitation | null> {
    return this.db.invitation.findUnique({ where: { tokenHash: hashToken(token) } });
  }

  async acceptInvitation(actor: User | null, token: string): Promise<Result<Membership>> {
    if (!actor) return fail(unauthenticated('Sign in or create an account to accept this invitation.'));
    const invitation = await this.preview(token);
    if (!invitation) return fail(notFound('This invitation link is not valid. Check it was copied in full.'));
    const status = invitationStatus(invitation);
    if (status !== 'OPEN') return fail(expired(STALE_MESSAGES[status]));
    if (await this.role(actor.id, invitation.coopId)) {
      return fail(conflict('You are already a member of this co-op.'));
    }
    return this.db.$transaction(async (tx) => {
      // Claim the invitation only if it is still open: two people racing for one link get one seat.
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        data: { acceptedAt: new Date(), acceptedById: actor.id },
      });
      if (claimed.count !== 1) return fail(expired(STALE_MESSAGES.ACCEPTED));
      const membership = await tx.membership.create({
        data: { userId: actor.id, coopId: invitation.coopId, role: invitation.role },
      });
      return ok(membership);
    });
  }

  async changeRole(
    actor: User | null,
    coopId: string,
    userId: string,
    role: string,
  ): Promise<Result<Membership>> {
    const refusal = await this.requireOwner(actor, coopId, 'change roles');
    if (refusal) return refusal;
    const parsedRole = roleSchema.safeParse(role);
    if (!parsedRole.success) return fail(invalidInput('Choose OWNER or MEMBER.', 'role'));
    if (!isId(userId)) return fail(notFound('That person is not a member of this co-op.', 'userId'));
    return this.db.$transaction(
      async (tx) => {
        const target = await tx.membership.findUnique({ where: { userId_coopId: { userId, coopId } } });
        if (!target) return fail(notFound('That person is not a member of this co-op.', 'userId'));
        if (target.role === 'OWNER' && parsedRole.data === 'MEMBER') {
          const owners = await tx.membership.count({ where: { coopId, role: 'OWNER' } });
          if (owners <= 1) return fail(conflict('A co-op needs at least one owner. Make someone else an owner first.', 'role'));
        }
        const membership = await tx.membership.update({
          where: { userId_coopId: { userId, coopId } },
          data: { role: parsedRole.data },
        });
        return ok(membership);
      },
      { isolationLevel: 'Serializable' },
    );
  }

  /** Owners remove anyone; a member may leave. The last owner stays. */
  async removeMember(actor: User | null, coopId: string, userId: string): Promise<Result<true>> {
    if (!actor) return fail(unauthenticated('Sign in to manage members.'));
    if (!isId(coopId) || !isId(userId)) return fail(notFound('That person is not a member of this co-op.'));
    if (actor.id !== userId) {
      const refusal = await this.requireOwner(actor, coopId, 'remove members');
      if (refusal) return refusal;
    }
    return this.db.$transaction(
      async (tx) => {
        const target = await tx.membership.findUnique({ where: { userId_coopId: { userId, coopId } } });
        if (!target) return fail(notFound('That person is not a member of this co-op.', 'userId'));
        if (target.role === 'OWNER') {
          const owners = await tx.membership.count({ where: { coopId, role: 'OWNER' } });
          if (owners <= 1) return fail(conflict('A co-op needs at least one owner. Make someone else an owner first.'));
        }
        await tx.membership.delete({ where: { userId_coopId: { userId, coopId } } });
        return ok(true as const);
      },
      { isolationLevel: 'Serializable' },
    );
  }
}
