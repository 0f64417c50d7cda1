import type { BusinessThanks, Referral } from '@principle-six/db';
import { canSeeNeed, membershipsFromLoaders } from '../../access/postings-access';
import { canAnswerThanks, canSeeProspect, canSeeReferral, canSeeThanks, movesFor, seesReferralsOf, sidesOnReferral } from '../../access/referrals-access';
import { badQueryInput } from '../../errors/query-errors';
import type { Resolvers } from '../../generated/resolvers';
import type { GraphQLContext } from '../../graphql/context';
import { listSize } from '../../graphql/list-size';
import { payload } from '../../graphql/payload';
import { encodeTimeCursor } from '../../graphql/time-cursor';
import type { Result } from '../../errors/user-errors';
import { listAsGiver } from './giver-listing';
import { ledgerFrom, MAX_TOP_GIVERS, networkTotals, topGivers } from './ledger';
import { listReferrals, listThanks, recommendationsFor } from './referral-list';
import { STAGE_WORDS } from './referral-stages';

const MAX_STAGES = Object.keys(STAGE_WORDS).length;

const viewer = (ctx: GraphQLContext) => membershipsFromLoaders(ctx.loaders);

const money = (amount: number | null, currency: string | null) =>
  amount === null || currency === null ? null : { amount, currency: currency.trim() };

const MAX_RECOMMENDATIONS = 50;


/** The stages filter: each stage once, from the list (a longer list is refused, not sent to SQL). */
function stagesFilter(stages: readonly string[] | null | undefined): string[] | null {
  if (!stages?.length) return null;
  const unique = [...new Set(stages)];
  if (unique.length > MAX_STAGES) throw badQueryInput({ code: 'INVALID_INPUT', field: 'stages', message: 'Choose stages from the list, each once.' });
  return unique;
}

function toConnection<T extends { createdAt: Date; id: string }>(result: Result<{ nodes: T[]; hasNextPage: boolean; endCursor: string | null }>) {
  if (!result.ok) throw badQueryInput(result.errors[0]!);
  return result.value;
}

/** Edges and page info of a (createdAt, id)-ordered page. */
function connectionOf<T extends { createdAt: Date; id: string }>() {
  return {
    edges: (c: { nodes: T[] }) => c.nodes.map((node) => ({ cursor: encodeTimeCursor(node), node })),
    pageInfo: (c: { hasNextPage: boolean; endCursor: string | null }) => ({ hasNextPage: c.hasNextPage, endCursor: c.endCursor }),
  };
}

/** A referral the viewer may see, else null. */
export async function visibleReferral(referral: Referral | null, ctx: GraphQLContext): Promise<Referral | null> {
  return referral && (await canSeeReferral(referral, viewer(ctx))) ? referral : null;
}

export const referralResolvers: Resolvers = {
  Query: {
    referral: async (_parent, { id }, ctx) => visibleReferral(await ctx.services.referrals.byId(id), ctx),
    referralNetwork: (_parent, _args, ctx) => networkTotals(ctx.db),
  },
  Mutation: {
    passReferral: async (_parent, { input, idempotencyKey }, ctx) =>
      payload('referral', await ctx.services.referrals.pass(ctx.viewer?.user ?? null, { input, idempotencyKey })),
    moveReferral: async (_parent, { input }, ctx) =>
      payload('referral', await ctx.services.referrals.move(ctx.viewer?.user ?? null, input)),
    thankForBusiness: async (_parent, { input, idempotencyKey }, ctx) =>
      payload('thanks', await ctx.services.businessThanks.thank(ctx.viewer?.user ?? null, input, idempotencyKey)),
    answerThanks: async (_parent, { input }, ctx) =>
      payload('thanks', await ctx.services.businessThanks.answer(ctx.viewer?.user ?? null, input)),
    listAsGiver: async (_parent, { input }, ctx) =>
      payload('coop', await listAsGiver(ctx.db, ctx.viewer?.user ?? null, input.coopId, input.listed)),
  },
  Coop: {
    // Exact sums for the co-op's own members; outsiders get sums of enough thank-yous only.
    referralLedger: async (coop, _args, ctx) => ledgerFrom(await ctx.loaders.referralLedgerRows.load(coop.id), await seesReferralsOf(coop.id, viewer(ctx))),
    referralsGiven: async (coop, { first, after, stages }, ctx) =>
      (await seesReferralsOf(coop.id, viewer(ctx)))
        ? toConnection(await listReferrals(ctx.db, coop.id, 'GIVEN', { first: first ?? 20, after: after ?? null, stages: stagesFilter(stages) }))
        : null,
    referralsReceived: async (coop, { first, after, stages }, ctx) =>
      (await seesReferralsOf(coop.id, viewer(ctx)))
        ? toConnection(await listReferrals(ctx.db, coop.id, 'RECEIVED', { first: first ?? 20, after: after ?? null, stages: stagesFilter(stages) }))
        : null,
    businessThanks: async (coop, { first, after }, ctx) =>
      (await seesReferralsOf(coop.id, viewer(ctx))) ? toConnection(await listThanks(ctx.db, coop.id, { first: first ?? 20, after: after ?? null })) : null,
    listedAsGiver: (coop) => coop.listedAsGiver,
  },
  Referral: {
    from: async (r, _args, ctx) => (await ctx.loaders.coop.load(r.fromCoopId))!,
    to: async (r, _args, ctx) => (await ctx.loaders.coop.load(r.toCoopId))!,
    need: async (r, _args, ctx) => {
      const need = r.needId ? await ctx.loaders.need.load(r.needId) : null;
      return need && (await canSeeNeed(need, viewer(ctx))) ? need : null;
    },
    prospect: async (r, _args, ctx) =>
      (await canSeeProspect(r, viewer(ctx), ctx.viewer?.user ?? null))
        ? { name: r.prospectName, organisation: r.prospectOrg, email: r.prospectEmail, phone: r.prospectPhone, coopId: r.prospectCoopId }
        : null,
    estimatedValue: (r) => money(r.estimatedAmount, r.estimatedCurrency),
    wonValue: (r) => money(r.wonAmount, r.wonCurrency),
    passedBy: async (r, _args, ctx) => (r.passedById ? ((await ctx.loaders.user.load(r.passedById))?.displayName ?? null) : null),
    history: (r, _args, ctx) => ctx.loaders.referralHistory.load(r.id),
    viewerSide: async (r, _args, ctx) => (await sidesOnReferral(r, viewer(ctx)))[0] ?? null,
    viewerNextStages: (r, _args, ctx) => movesFor(r, viewer(ctx), ctx.viewer?.user.id ?? null),
  },
  ReferralProspect: {
    coop: (p, _args, ctx) => (p.coopId ? ctx.loaders.coop.load(p.coopId) : null),
  },
  ReferralEvent: {
    coop: async (e, _args, ctx) => (await ctx.loaders.coop.load(e.actorCoopId))!,
    by: async (e, _args, ctx) => (e.actorUserId ? ((await ctx.loaders.user.load(e.actorUserId))?.displayName ?? null) : null),
    value: (e) => money(e.amount, e.currency),
    at: (e) => e.createdAt,
  },
  ReferralConnection: connectionOf<Referral>(),
  BusinessThanksConnection: connectionOf<BusinessThanks>(),
  BusinessThanks: {
    from: async (t, _args, ctx) => (await ctx.loaders.coop.load(t.fromCoopId))!,
    to: async (t, _args, ctx) => (await ctx.loaders.coop.load(t.toCoopId))!,
    value: (t) => ({ amount: t.amount, currency: t.currency.trim() }),
    viewerCanAnswer: (t, _args, ctx) => canAnswerThanks(t, viewer(ctx), ctx.viewer?.user ?? null),
    referral: async (t, _args, ctx) => (t.referralId ? visibleReferral(await ctx.loaders.referral.load(t.referralId), ctx) : null),
  },
  ReferralNetwork: {
    topGivers: (_network, { first }, ctx) => {
      return topGivers(ctx.db, listSize(first ?? 10, MAX_TOP_GIVERS, 'givers'));
    },
  },
  Need: {
    recommendations: async (need, { first }, ctx) => {
      if (!(await seesReferralsOf(need.coopId, viewer(ctx)))) return null;
      return recommendationsFor(ctx.db, need, listSize(first ?? 20, MAX_RECOMMENDATIONS, 'recommendations'));
    },
  },
  Recommendation: {
    recommended: async (r, _args, ctx) => (await ctx.loaders.coop.load(r.toCoopId))!,
    by: async (r, _args, ctx) => (await ctx.loaders.coop.load(r.fromCoopId))!,
    at: (r) => r.createdAt,
  },
  TopGiver: {
    coop: async (g, _args, ctx) => (await ctx.loaders.coop.load(g.coopId))!,
  },
};

/** For the inbox: a thank-you the reader may see. */
export async function visibleThanks(thanks: BusinessThanks | null, ctx: GraphQLContext): Promise<BusinessThanks | null> {
  return thanks && (await canSeeThanks(thanks, viewer(ctx))) ? thanks : null;
}
