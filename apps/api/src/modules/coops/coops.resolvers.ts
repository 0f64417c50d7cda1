import { countryName } from '@principle-six/taxonomy';
import type { Resolvers } from '../../generated/resolvers';
import { badQueryInput } from '../../errors/query-errors';
import { payload } from '../../graphql/payload';
import { encodeCursor } from './cursor';

export const coopResolvers: Resolvers = {
  Query: {
    coop: (_parent, { slug }, ctx) => ctx.services.coops.bySlug(slug),
    coops: async (_parent, { first, after }, ctx) => {
      const result = await ctx.services.coops.directoryPage(first ?? 20, after ?? null);
      if (!result.ok) throw badQueryInput(result.errors[0]!);
      const { coops, hasNextPage, endCursor, totalCount } = result.value;
      return {
        edges: coops.map((node) => ({ cursor: encodeCursor(node.name, node.id), node })),
        pageInfo: { hasNextPage, endCursor },
        totalCount,
      };
    },
  },
  Mutation: {
    createCoop: async (_parent, { input }, ctx) =>
      payload('coop', await ctx.services.coops.create(ctx.viewer?.user ?? null, input)),
    updateCoop: async (_parent, { id, input }, ctx) =>
      payload('coop', await ctx.services.coops.update(ctx.viewer?.user ?? null, id, input)),
  },
  Coop: {
    place: async (coop, _args, ctx) => (await ctx.loaders.place.load(coop.placeId))!,
    categories: (coop, _args, ctx) => ctx.loaders.categoriesOfCoop.load(coop.id),
    // Contact details are for people in the network; visitors see the pitch without them.
    contactEmail: (coop, _args, ctx) => (ctx.viewer ? coop.contactEmail : null),
    contactPhone: (coop, _args, ctx) => (ctx.viewer ? coop.contactPhone : null),
    viewerRole: (coop, _args, ctx) => ctx.loaders.viewerRole.load(coop.id),
    viewerCanEdit: async (coop, _args, ctx) => (await ctx.loaders.viewerRole.load(coop.id)) === 'OWNER',
    memberNotes: async (coop, _args, ctx) =>
      (await ctx.loaders.viewerRole.load(coop.id)) ? coop.memberNotes : null,
    members: async (coop, _args, ctx) =>
      (await ctx.loaders.viewerRole.load(coop.id)) ? ctx.loaders.membershipsOfCoop.load(coop.id) : null,
    openInvitations: async (coop, _args, ctx) =>
      (await ctx.loaders.viewerRole.load(coop.id)) === 'OWNER'
        ? ctx.services.members.openInvitations(coop.id)
        : null,
  },
  Place: {
    countryName: (place) => countryName(place.countryCode) ?? place.countryCode,
  },
};
