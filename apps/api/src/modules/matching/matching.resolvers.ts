import { coopAccess } from '../../access/coop-access';
import { findCategory } from '@principle-six/taxonomy';
import type { FeedbackKind, Resolvers } from '../../generated/resolvers';
import { canSeeNeed, canSeeOffer, membershipsFromLoaders } from '../../access/postings-access';
import { isId } from '../../errors/ids';
import { payload } from '../../graphql/payload';
import { explainMatch, readableWords } from './reasons';
import { viewerSide, visibleMatch } from './viewer-side';

export const matchingResolvers: Resolvers = {
  Query: {
    match: (_parent, { id }, ctx) => (isId(id) ? visibleMatch(id, ctx) : null),
    forYou: (_parent, { coopId, first }, ctx) => ctx.services.matches.forYou(ctx.viewer?.user ?? null, coopId, first ?? 30),
  },
  Mutation: {
    giveMatchFeedback: async (_parent, { input }, ctx) =>
      payload('match', await ctx.services.matches.giveFeedback(ctx.viewer?.user ?? null, { ...input, given: input.given ?? true })),
    introduce: async (_parent, { input, idempotencyKey }, ctx) =>
      payload('introduction', await ctx.services.matches.introduce(ctx.viewer?.user ?? null, input, idempotencyKey)),
  },
  Match: {
    need: async (m, _args, ctx) => (await ctx.loaders.need.load(m.needId))!,
    provider: async (m, _args, ctx) => (await ctx.loaders.coop.load(m.providerCoopId))!,
    offer: async (m, _args, ctx) => {
      const offer = m.offerId ? await ctx.loaders.offer.load(m.offerId) : null;
      return offer && (await canSeeOffer(offer, membershipsFromLoaders(ctx.loaders))) ? offer : null;
    },
    parts: (m) => ({
      text: m.textScore,
      category: m.categoryScore,
      geo: m.geoScore,
      recency: m.recencyScore,
      reciprocity: m.reciprocityScore,
      feedback: m.feedbackScore,
    }),
    reasons: async (m, _args, ctx) => {
      const need = await ctx.loaders.need.load(m.needId);
      return explainMatch(m, need ? `${need.title} ${need.description}` : '');
    },
    sharedTerms: async (m, _args, ctx) => {
      const need = await ctx.loaders.need.load(m.needId);
      return readableWords(m.sharedTerms, need ? `${need.title} ${need.description}` : '');
    },
    sharedCategories: (m) => m.sharedCategoryCodes.flatMap((code) => {
      const category = findCategory(code);
      return category ? [{ ...category }] : [];
    }),
    viewerCoop: async (m, _args, ctx) => {
      const side = await viewerSide(m, ctx);
      return side ? ctx.loaders.coop.load(side) : null;
    },
    viewerFeedback: async (m, _args, ctx) => {
      const side = await viewerSide(m, ctx);
      return (await ctx.loaders.viewerFeedback.load(m.id)).filter((f) => f.coopId === side).map((f) => f.kind as FeedbackKind);
    },
    viewerIntroduced: async (m, _args, ctx) => {
      const side = await viewerSide(m, ctx);
      return (await ctx.loaders.viewerIntroductions.load(m.id)).some((i) => i.fromCoopId === side);
    },
  },
  Introduction: {
    from: async (i, _args, ctx) => (await ctx.loaders.coop.load(i.fromCoopId))!,
    to: async (i, _args, ctx) => (await ctx.loaders.coop.load(i.toCoopId))!,
    contact: async (i, _args, ctx) => {
      // Contact details reach confirmed accounts only, as with revealContact.
      if (!ctx.viewer?.user.emailVerifiedAt) return null;
      const [fromRole, toRole] = await Promise.all([ctx.loaders.viewerRole.load(i.fromCoopId), ctx.loaders.viewerRole.load(i.toCoopId)]);
      if (!coopAccess.seesMembersOnly(fromRole) && !coopAccess.seesMembersOnly(toRole)) return null;
      // An introduction from a meeting was asked for by both sides: each sees the other's details.
      const shown = i.meetingId && coopAccess.seesMembersOnly(fromRole) && !coopAccess.seesMembersOnly(toRole) ? i.toCoopId : i.fromCoopId;
      const coop = (await ctx.loaders.coop.load(shown))!;
      return { email: coop.contactEmail, phone: coop.contactPhone };
    },
    match: (i, _args, ctx) => (i.matchId ? visibleMatch(i.matchId, ctx) : null),
    meeting: (i, _args, ctx) => (i.meetingId ? ctx.services.meetings.byId(i.meetingId) : null),
    need: async (i, _args, ctx) => {
      const need = i.needId ? await ctx.loaders.need.load(i.needId) : null;
      return need && (await canSeeNeed(need, membershipsFromLoaders(ctx.loaders))) ? need : null;
    },
  },
  ForYou: {
    unreadCount: (f, _args, ctx) => ctx.services.notifications.unreadCount(f.userId, f.coop.id),
  },
};
