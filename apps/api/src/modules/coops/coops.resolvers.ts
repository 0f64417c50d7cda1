import type { Coop } from '@principle-six/db';
import { isId } from '../../errors/ids';
import { countryName } from '@principle-six/taxonomy';
import type { Resolvers } from '../../generated/resolvers';
import { badQueryInput } from '../../errors/query-errors';
import { coopAccess } from '../../access/coop-access';
import { membershipsFromLoaders } from '../../access/postings-access';
import { canSeeCoop } from '../../access/visibility';
import type { GraphQLContext } from '../../graphql/context';
import { payload } from '../../graphql/payload';
import { encodeCursor } from './cursor';

const role = (ctx: GraphQLContext, coopId: string) => ctx.loaders.viewerRole.load(coopId);

/** The co-op, if the person asking may see it (a hidden one is its members' and admins' only). */
async function visible(coop: Coop | null, ctx: GraphQLContext): Promise<Coop | null> {
  return coop && (await canSeeCoop(coop, membershipsFromLoaders(ctx.loaders))) ? coop : null;
}

export const coopResolvers: Resolvers = {
  Query: {
    coop: async (_parent, { slug }, ctx) => visible(await ctx.services.coops.bySlug(slug), ctx),
    coopById: async (_parent, { id }, ctx) => (isId(id) ? visible(await ctx.loaders.coop.load(id), ctx) : null),
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
    createCoop: async (_parent, { input, idempotencyKey }, ctx) =>
      payload('coop', await ctx.services.coops.create(ctx.viewer?.user ?? null, input, idempotencyKey)),
    updateCoop: async (_parent, { id, input }, ctx) =>
      payload('coop', await ctx.services.coops.update(ctx.viewer?.user ?? null, id, input)),
    revealContact: async (_parent, { coopId }, ctx) =>
      payload('contact', await ctx.services.coops.revealContact(ctx.viewer?.user ?? null, coopId)),
  },
  Coop: {
    place: async (coop, _args, ctx) => (await ctx.loaders.place.load(coop.placeId))!,
    categories: (coop, _args, ctx) => ctx.loaders.categoriesOfCoop.load(coop.id),
    // Others ask for contact details with revealContact (see access/coop-access.ts).
    contactEmail: async (coop, _args, ctx) => (coopAccess.seesMembersOnly(await role(ctx, coop.id)) ? coop.contactEmail : null),
    contactPhone: async (coop, _args, ctx) => (coopAccess.seesMembersOnly(await role(ctx, coop.id)) ? coop.contactPhone : null),
    hasContactDetails: (coop) => Boolean(coop.contactEmail || coop.contactPhone),
    viewerRole: (coop, _args, ctx) => role(ctx, coop.id),
    viewerCanEdit: async (coop, _args, ctx) => coopAccess.seesOwnersOnly(await role(ctx, coop.id)),
    memberNotes: async (coop, _args, ctx) => (coopAccess.seesMembersOnly(await role(ctx, coop.id)) ? coop.memberNotes : null),
    members: async (coop, _args, ctx) =>
      coopAccess.seesMembersOnly(await role(ctx, coop.id)) ? ctx.loaders.membershipsOfCoop.load(coop.id) : null,
    openInvitations: async (coop, _args, ctx) =>
      coopAccess.seesOwnersOnly(await role(ctx, coop.id)) ? ctx.services.members.openInvitations(coop.id) : null,
  },
  Place: {
    countryName: (place) => countryName(place.countryCode) ?? place.countryCode,
  },
};
