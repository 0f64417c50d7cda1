import type { CoopClaim } from '@principle-six/db';
import { isSiteAdmin } from '../../access/site-admin';
import type { Resolvers } from '../../generated/resolvers';
import type { GraphQLContext } from '../../graphql/context';
import { payload } from '../../graphql/payload';
import { encodeTimeCursor } from '../../graphql/time-cursor';
import { claimEmailDomain } from './claim-domain';
import { claimStatus, isOpen } from './claim-rules';

const actor = (ctx: GraphQLContext) => ctx.viewer?.user ?? null;
const claimPayload = async (result: Parameters<typeof payload<'claim', CoopClaim>>[1]) => payload('claim', result);
const website = async (claim: CoopClaim, ctx: GraphQLContext) => (await ctx.loaders.coop.load(claim.coopId))?.website ?? null;

export const claimResolvers: Resolvers = {
  Query: {
    claim: (_parent, { id }, ctx) => ctx.services.claims.byIdFor(actor(ctx), id),
  },
  Mutation: {
    startClaim: async (_parent, { coopId }, ctx) => claimPayload(await ctx.services.claims.start(actor(ctx), coopId)),
    sendClaimEmail: async (_parent, { input }, ctx) => claimPayload(await ctx.services.claims.sendEmail(actor(ctx), input)),
    confirmClaimEmail: async (_parent, { token }, ctx) => claimPayload(await ctx.services.claims.confirmEmail(actor(ctx), token)),
    checkClaimWebsite: async (_parent, { claimId }, ctx) => claimPayload(await ctx.services.claims.checkWebsite(actor(ctx), claimId)),
    requestClaimReview: async (_parent, { input }, ctx) => claimPayload(await ctx.services.claims.requestReview(actor(ctx), input)),
    withdrawClaim: async (_parent, { claimId }, ctx) => claimPayload(await ctx.services.claims.withdraw(actor(ctx), claimId)),
    approveClaim: async (_parent, { input }, ctx) => claimPayload(await ctx.services.claimDecisions.approve(actor(ctx), input)),
    rejectClaim: async (_parent, { input }, ctx) => claimPayload(await ctx.services.claimDecisions.reject(actor(ctx), input)),
  },
  Coop: {
    claimable: async (coop, _args, ctx) => (await ctx.loaders.membershipsOfCoop.load(coop.id)).length === 0,
    viewerClaim: (coop, _args, ctx) => (ctx.viewer ? ctx.services.claims.openClaimOf(ctx.viewer.user.id, coop.id) : null),
  },
  Viewer: {
    claims: (viewer, _args, ctx) => ctx.services.claims.ofPerson(viewer.user.id),
  },
  CoopClaim: {
    coop: async (claim, _args, ctx) => (await ctx.loaders.coop.load(claim.coopId))!,
    claimant: async (claim, _args, ctx) => (await ctx.loaders.user.load(claim.claimantId))!,
    status: (claim) => claimStatus(claim),
    // Every field below is read only by the claimant or an administrator (see byIdFor and the lists).
    websiteToken: (claim) => (isOpen(claim) ? claim.websiteToken : null),
    website: (claim, _args, ctx) => website(claim, ctx),
    emailDomain: async (claim, _args, ctx) => claimEmailDomain(await website(claim, ctx)),
    emailSentTo: (claim) => (isOpen(claim) && claim.emailExpiresAt && claim.emailExpiresAt > new Date() ? claim.proofEmail : null),
    emailExpiresAt: (claim) => (isOpen(claim) ? claim.emailExpiresAt : null),
    events: (claim, _args, ctx) => (isSiteAdmin(ctx.viewer?.user) ? ctx.services.claimDecisions.history(claim.id) : null),
  },
  ClaimEvent: {
    actor: (event, _args, ctx) => (event.actorId ? ctx.loaders.user.load(event.actorId) : null),
    claim: async (event, _args, ctx) => (await ctx.loaders.claim.load(event.claimId))!,
    coop: async (event, _args, ctx) => (await ctx.loaders.coop.load(event.coopId))!,
  },
  CoopClaimConnection: {
    edges: (c) => c.nodes.map((node) => ({ cursor: encodeTimeCursor(node), node })),
    pageInfo: (c) => ({ hasNextPage: c.hasNextPage, endCursor: c.endCursor }),
  },
  ClaimEventConnection: {
    edges: (c) => c.nodes.map((node) => ({ cursor: encodeTimeCursor(node), node })),
    pageInfo: (c) => ({ hasNextPage: c.hasNextPage, endCursor: c.endCursor }),
  },
};
