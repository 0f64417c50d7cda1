import type { Need, Offer } from '@principle-six/db';
import {
  actsForPostingsOf,
  canAnswerFulfilment,
  canSeeNeed,
  canSeeOffer,
  membershipsFromLoaders,
} from '../../access/postings-access';
import { badQueryInput } from '../../errors/query-errors';
import type { NeedStatus, OfferStatus, Resolvers } from '../../generated/resolvers';
import type { GraphQLContext } from '../../graphql/context';
import { payload } from '../../graphql/payload';
import { encodeTimeCursor } from '../../graphql/time-cursor';
import type { Result } from '../../errors/user-errors';
import { listPostings, visibleStatus, type PostingPage } from './posting-list';

/** The signed-in person's co-ops, through the request's batched loader. */
const viewer = (ctx: GraphQLContext) => membershipsFromLoaders(ctx.loaders);

/** A page of postings as a GraphQL connection; a bad argument is a BAD_USER_INPUT error. */
function toConnection<T extends Need | Offer>(result: Result<PostingPage<T>>) {
  if (!result.ok) throw badQueryInput(result.errors[0]!);
  const { nodes, hasNextPage, endCursor, totalCount } = result.value;
  return { edges: nodes.map((node) => ({ cursor: encodeTimeCursor(node), node })), pageInfo: { hasNextPage, endCursor }, totalCount };
}

const area = (p: Need | Offer) => ({ placeId: p.placeId, radiusKm: p.radiusKm });

export const postingResolvers: Resolvers = {
  Query: {
    need: async (_parent, { id }, ctx) => {
      const need = await ctx.services.needs.byId(id);
      return need && (await canSeeNeed(need, viewer(ctx))) ? need : null;
    },
    offer: async (_parent, { id }, ctx) => {
      const offer = await ctx.services.offers.byId(id);
      return offer && (await canSeeOffer(offer, viewer(ctx))) ? offer : null;
    },
    needs: async (_parent, { filter, first, after }, ctx) => {
      return toConnection(await listPostings<Need>(ctx.db, 'needs', ctx.viewer?.user.id, filter ?? {}, first ?? 20, after ?? null));
    },
    offers: async (_parent, { filter, first, after }, ctx) => {
      const statuses = filter?.statuses?.filter((s) => s !== 'FULFILLED');
      if (filter?.statuses?.length && !statuses?.length) {
        return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
      }
      return toConnection(
        await listPostings<Offer>(ctx.db, 'offers', ctx.viewer?.user.id, { ...filter, statuses }, first ?? 20, after ?? null),
      );
    },
  },
  Mutation: {
    postNeed: async (_parent, { coopId, input, idempotencyKey }, ctx) =>
      payload('need', await ctx.services.needs.post(ctx.viewer?.user ?? null, coopId, input, idempotencyKey)),
    updateNeed: async (_parent, { id, input }, ctx) =>
      payload('need', await ctx.services.needs.update(ctx.viewer?.user ?? null, id, input)),
    closeNeed: async (_parent, { input }, ctx) =>
      payload('need', await ctx.services.needs.close(ctx.viewer?.user ?? null, input)),
    confirmFulfilment: async (_parent, { needId }, ctx) =>
      payload('need', await ctx.services.needs.claims.confirm(ctx.viewer?.user ?? null, needId)),
    rejectFulfilment: async (_parent, { needId }, ctx) =>
      payload('need', await ctx.services.needs.claims.reject(ctx.viewer?.user ?? null, needId)),
    postOffer: async (_parent, { coopId, input, idempotencyKey }, ctx) =>
      payload('offer', await ctx.services.offers.post(ctx.viewer?.user ?? null, coopId, input, idempotencyKey)),
    updateOffer: async (_parent, { id, input }, ctx) =>
      payload('offer', await ctx.services.offers.update(ctx.viewer?.user ?? null, id, input)),
    withdrawOffer: async (_parent, { id }, ctx) =>
      payload('offer', await ctx.services.offers.withdraw(ctx.viewer?.user ?? null, id)),
  },
  Need: {
    coop: async (need, _args, ctx) => (await ctx.loaders.coop.load(need.coopId))!,
    categories: (need, _args, ctx) => ctx.loaders.categoriesOfNeed.load(need.id),
    area,
    budget: (need) =>
      need.budgetAmount === null ? null : { amount: need.budgetAmount, currency: need.budgetCurrency ?? 'GBP' },
    status: (need) => visibleStatus(need) as NeedStatus,
    fulfilledBy: (need, _args, ctx) => (need.fulfilledByCoopId ? ctx.loaders.coop.load(need.fulfilledByCoopId) : null),
    viewerCanAnswerFulfilment: (need, _args, ctx) => canAnswerFulfilment(need, viewer(ctx)),
    viewerCanEdit: (need, _args, ctx) => actsForPostingsOf(need.coopId, viewer(ctx)),
    matches: async (need, { first }, ctx) =>
      (await actsForPostingsOf(need.coopId, viewer(ctx))) ? ctx.services.matches.forNeed(need.id, first ?? 10) : null,
  },
  Offer: {
    coop: async (offer, _args, ctx) => (await ctx.loaders.coop.load(offer.coopId))!,
    categories: (offer, _args, ctx) => ctx.loaders.categoriesOfOffer.load(offer.id),
    area,
    status: (offer) => visibleStatus(offer) as OfferStatus,
    viewerCanEdit: (offer, _args, ctx) => actsForPostingsOf(offer.coopId, viewer(ctx)),
    matches: async (offer, { first }, ctx) =>
      (await actsForPostingsOf(offer.coopId, viewer(ctx))) ? ctx.services.matches.forOffer(offer.id, first ?? 10) : null,
  },
  Area: {
    place: (a, _args, ctx) => (a.placeId ? ctx.loaders.place.load(a.placeId) : null),
    anywhere: (a) => a.placeId === null,
  },
};
