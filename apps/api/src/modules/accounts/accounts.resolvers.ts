import { isSiteAdmin } from '../../access/site-admin';
import type { Resolvers } from '../../generated/resolvers';

export const accountResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, ctx) => ctx.viewer,
  },
  Mutation: {
    signUp: async (_parent, { input }, ctx) => {
      const result = await ctx.services.accounts.signUp(input);
      if (!result.ok) return { viewer: null, errors: result.errors };
      return { viewer: await ctx.startSession(result.value), errors: [] };
    },
    signIn: async (_parent, { input }, ctx) => {
      const result = await ctx.services.accounts.signIn(input);
      if (!result.ok) return { viewer: null, errors: result.errors };
      return { viewer: await ctx.startSession(result.value), errors: [] };
    },
    signOut: async (_parent, _args, ctx) => {
      await ctx.endSession();
      return { ok: true };
    },
    verifyEmail: async (_parent, { token }, ctx) => {
      const result = await ctx.services.emailVerifications.verify(token);
      return result.ok ? { verified: true, errors: [] } : { verified: false, errors: result.errors };
    },
    resendVerificationEmail: async (_parent, _args, ctx) => {
      const result = await ctx.services.emailVerifications.resend(ctx.viewer?.user ?? null);
      return result.ok ? { sent: true, errors: [] } : { sent: false, errors: result.errors };
    },
  },
  Viewer: {
    memberships: (viewer, _args, ctx) => ctx.loaders.membershipsOfUser.load(viewer.user.id),
  },
  User: {
    emailVerified: (user, _args, ctx) => (ctx.viewer?.user.id === user.id ? user.emailVerifiedAt !== null : null),
    // Shown to the person and to fellow members of one of their co-ops, never to the public.
    email: async (user, _args, ctx) => {
      if (!ctx.viewer) return null;
      if (ctx.viewer.user.id === user.id) return user.email;
      // Administrators reach claimants and reporters by it (the moderation page).
      if (isSiteAdmin(ctx.viewer.user)) return user.email;
      const [theirs, mine] = await Promise.all([
        ctx.loaders.membershipsOfUser.load(user.id),
        ctx.loaders.membershipsOfUser.load(ctx.viewer.user.id),
      ]);
      const myCoops = new Set(mine.map((m) => m.coopId));
      return theirs.some((m) => myCoops.has(m.coopId)) ? user.email : null;
    },
  },
};
