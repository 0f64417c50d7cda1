import type { Coop, Need, Offer } from '@principle-six/db';
import { membershipsFromLoaders } from '../../access/postings-access';
import { isSiteAdmin } from '../../access/site-admin';
import { seesHidden } from '../../access/visibility';
import { badQueryInput } from '../../errors/query-errors';
import type { Result } from '../../errors/user-errors';
import type { Resolvers } from '../../generated/resolvers';
import type { GraphQLContext } from '../../graphql/context';
import { payload } from '../../graphql/payload';
import { encodeTimeCursor } from '../../graphql/time-cursor';

const actor = (ctx: GraphQLContext) => ctx.viewer?.user ?? null;

function orThrow<T>(result: Result<T>): T {
  if (!result.ok) throw badQueryInput(result.errors[0]!);
  return result.value;
}

/** Why a co-op is hidden, for its members and administrators; null for anyone else or when shown. */
async function coopHiddenState(coop: Coop, ctx: GraphQLContext) {
  if (!coop.hiddenAt || !(await seesHidden(coop.id, membershipsFromLoaders(ctx.loaders)))) return null;
  return { hiddenAt: coop.hiddenAt, reason: await ctx.services.moderation.hiddenReason({ kind: 'COOP', coopId: coop.id, needId: null, offerId: null }) };
}

/** The same for a need or offer: hidden itself, or through its co-op. */
async function postingHiddenState(posting: Need | Offer, kind: 'NEED' | 'OFFER', ctx: GraphQLContext) {
  if (!(await seesHidden(posting.coopId, membershipsFromLoaders(ctx.loaders)))) return null;
  if (posting.hiddenAt) {
    const subject = { kind, coopId: posting.coopId, needId: kind === 'NEED' ? posting.id : null, offerId: kind === 'OFFER' ? posting.id : null };
    return { hiddenAt: posting.hiddenAt, reason: await ctx.services.moderation.hiddenReason(subject) };
  }
  const coop = await ctx.loaders.coop.load(posting.coopId);
  const state = coop && (await coopHiddenState(coop, ctx));
  return state ? { ...state, reason: `The co-op's profile is hidden: ${state.reason}` } : null;
}

export const moderationResolvers: Resolvers = {
  Query: {
    moderation: (_parent, _args, ctx) => (ctx.viewer && isSiteAdmin(ctx.viewer.user) ? { adminId: ctx.viewer.user.id } : null),
  },
  Mutation: {
    report: async (_parent, { input }, ctx) => payload('report', await ctx.services.moderation.report(actor(ctx), input)),
    hideContent: async (_parent, { input }, ctx) => payload('action', await ctx.services.moderation.hide(actor(ctx), input)),
    unhideContent: async (_parent, { input }, ctx) => payload('action', await ctx.services.moderation.unhide(actor(ctx), input)),
    dismissReports: async (_parent, { input }, ctx) => payload('action', await ctx.services.moderation.dismiss(actor(ctx), input)),
  },
  Viewer: {
    siteRole: (viewer) => viewer.user.siteRole,
  },
  Moderation: {
    claimsAwaitingReview: async (_m, { first, after }, ctx) => orThrow(await ctx.services.claimDecisions.awaitingReview(first ?? 20, after ?? null)),
    openReports: async (_m, { first, after }, ctx) => orThrow(await ctx.services.moderation.openReports(first ?? 20, after ?? null)),
    actions: async (_m, { first, after }, ctx) => orThrow(await ctx.services.moderation.actions(first ?? 20, after ?? null)),
    claimEvents: async (_m, { first, after }, ctx) => orThrow(await ctx.services.claimDecisions.eventLog(first ?? 20, after ?? null)),
  },
  // A report, an action and their items are read by administrators only (Query.moderation, the payloads).
  Report: {
    coop: async (r, _args, ctx) => (await ctx.loaders.coop.load(r.coopId))!,
    need: (r, _args, ctx) => (r.needId ? ctx.loaders.need.load(r.needId) : null),
    offer: (r, _args, ctx) => (r.offerId ? ctx.loaders.offer.load(r.offerId) : null),
    reporter: async (r, _args, ctx) => (await ctx.loaders.user.load(r.reporterId))!,
  },
  ModerationAction: {
    coop: async (a, _args, ctx) => (await ctx.loaders.coop.load(a.coopId))!,
    need: (a, _args, ctx) => (a.needId ? ctx.loaders.need.load(a.needId) : null),
    offer: (a, _args, ctx) => (a.offerId ? ctx.loaders.offer.load(a.offerId) : null),
    actor: (a, _args, ctx) => (a.actorId ? ctx.loaders.user.load(a.actorId) : null),
    hiddenNow: async (a, _args, ctx) => {
      const item = a.needId ? await ctx.loaders.need.load(a.needId) : a.offerId ? await ctx.loaders.offer.load(a.offerId) : await ctx.loaders.coop.load(a.coopId);
      return (item?.hiddenAt ?? null) !== null;
    },
  },
  ReportConnection: {
    edges: (c) => c.nodes.map((node) => ({ cursor: encodeTimeCursor(node), node })),
    pageInfo: (c) => ({ hasNextPage: c.hasNextPage, endCursor: c.endCursor }),
  },
  ModerationActionConnection: {
    edges: (c) => c.nodes.map((node) => ({ cursor: encodeTimeCursor(node), node })),
    pageInfo: (c) => ({ hasNextPage: c.hasNextPage, endCursor: c.endCursor }),
  },
  Coop: {
    hidden: (coop, _args, ctx) => coopHiddenState(coop, ctx),
  },
  Need: {
    hidden: (need, _args, ctx) => postingHiddenState(need, 'NEED', ctx),
  },
  Offer: {
    hidden: (offer, _args, ctx) => postingHiddenState(offer, 'OFFER', ctx),
  },
};
