import type { Need, Offer } from '@principle-six/db';
import { badQueryInput } from '../../errors/query-errors';
import type { NeedStatus, OfferStatus, Resolvers } from '../../generated/resolvers';
import type { GraphQLContext } from '../../graphql/context';
import { payload } from '../../graphql/payload';
import { encodeTimeCursor } from '../../graphql/time-cursor';
import type { Result } from '../../errors/user-errors';
import { listPostings, visibleStatus, type PostingPage } from './posting-list';

const isMemberOf = async (coopId: string, ctx: GraphQLContext) => (await ctx.loaders.viewerRole.load(coopId)) !== null;

/** A page of postings as a GraphQL connection; a bad argument is a BAD_USER_INPUT error. */
function toConnection<T extends Need | Offer>(result: Result<PostingPage<T>>) {
  if (!result.ok) throw badQueryInput(result.errors[0]!);
  const { nodes, hasNextPage, endCursor, totalCount } = result.value;
  return { edges: nodes.map((node) => ({ cursor: encodeTimeCursor(node), node })), pageInfo: { hasNextPage, endCursor }, totalCount };
}

const area = (p: Need | Offer) => ({ placeId: p.placeId, radiusKm: p.radiusKm });

export const postingResolvers: Resolvers = {
  Query: {
    need: (_parent, { id }, ctx) => ctx.services.needs.byId(id),
    offer: (_parent, { id }, ctx) => ctx.services.offers.byId(id),
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
    postNeed: async (_parent, { coopId, input }, ctx) =>
      payload('need', await ctx.services.needs.post(ctx.viewer?.user ?? null, coopId, input)),
    updateNeed: async (_parent, { id, input }, ctx) =>
      payload('need', await ctx.services.needs.update(ctx.viewer?.user ?? null, id, input)),
    closeNeed: async (_parent, { input }, ctx) =>
      payload('need', await ctx.services.needs.close(ctx.viewer?.user ?? null, input)),
    postOffer: async (_parent, { coopId, input }, ctx) =>
      payload('offer', await ctx.services.offers.post(ctx.viewer?.user ?? null, coopId, input)),
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
    viewerCanEdit: (need, _args, ctx) => isMemberOf(need.coopId, ctx),
    matches: async (need, { first }, ctx) =>
      (await isMemberOf(need.coopId, ctx)) ? ctx.services.matches.forNeed(need.id, first ?? 10) : null,
  },
  Offer: {
    coop: async (offer, _args, ctx) => (await ctx.loaders.coop.load(offer.coopId))!,
    categories: (offer, _args, ctx) => ctx.loaders.categoriesOfOffer.load(offer.id),
    area,
    status: (offer) => visibleStatus(offer) as OfferStatus,
    viewerCanEdit: (offer, _args, ctx) => isMemberOf(offer.coopId, ctx),
    matches: async (offer, { first }, ctx) =>
      (await isMemberOf(offer.coopId, ctx)) ? ctx.services.matches.forOffer(offer.id, first ?? 10) : null,
  },
  Area: {
    place: (a, _args, ctx) => (a.placeId ? ctx.loaders.place.load(a.placeId) : null),
    anywhere: (a) => a.placeId === null,
  },
};
