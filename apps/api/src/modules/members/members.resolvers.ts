import type { Resolvers } from '../../generated/resolvers';
import { payload } from '../../graphql/payload';
import { invitationStatus } from './invitation-status';

export const memberResolvers: Resolvers = {
  Query: {
    invitation: (_parent, { token }, ctx) => ctx.services.members.preview(token),
  },
  Mutation: {
    createInvitation: async (_parent, { input, idempotencyKey }, ctx) => {
      const result = await ctx.services.members.createInvitation(
        ctx.viewer?.user ?? null,
        input.coopId,
        input.role ?? 'MEMBER',
        idempotencyKey,
      );
      return result.ok
        ? { ...result.value, errors: [] }
        : { invitation: null, token: null, errors: result.errors };
    },
    revokeInvitation: async (_parent, { id }, ctx) => {
      const result = await ctx.services.members.revokeInvitation(ctx.viewer?.user ?? null, id);
      return { ok: result.ok, errors: result.ok ? [] : result.errors };
    },
    acceptInvitation: async (_parent, { token }, ctx) =>
      payload('membership', await ctx.services.members.acceptInvitation(ctx.viewer?.user ?? null, token)),
    changeMemberRole: async (_parent, { input }, ctx) =>
      payload(
        'membership',
        await ctx.services.members.changeRole(ctx.viewer?.user ?? null, input.coopId, input.userId, input.role),
      ),
    removeMember: async (_parent, { input }, ctx) => {
      const result = await ctx.services.members.removeMember(ctx.viewer?.user ?? null, input.coopId, input.userId);
      return { ok: result.ok, errors: result.ok ? [] : result.errors };
    },
  },
  Membership: {
    user: async (membership, _args, ctx) => (await ctx.loaders.user.load(membership.userId))!,
    coop: async (membership, _args, ctx) => (await ctx.loaders.coop.load(membership.coopId))!,
    joinedAt: (membership) => membership.createdAt,
  },
  Invitation: {
    createdBy: async (invitation, _args, ctx) => (await ctx.loaders.user.load(invitation.createdById))!,
  },
  InvitationPreview: {
    coop: async (invitation, _args, ctx) => (await ctx.loaders.coop.load(invitation.coopId))!,
    status: (invitation) => invitationStatus(invitation),
  },
};
