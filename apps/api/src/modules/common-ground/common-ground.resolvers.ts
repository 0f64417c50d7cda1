import type { Resolvers } from '../../generated/resolvers';
import { payload } from '../../graphql/payload';
import { peopleToMeet } from './suggestions';

export const commonGroundResolvers: Resolvers = {
  Query: {
    interestOptions: (_parent, { kind, text }, ctx) => ctx.services.interests.options(kind, text),
  },
  Mutation: {
    addInterest: async (_parent, { input }, ctx) => payload('interest', await ctx.services.interests.add(ctx.viewer?.user ?? null, input)),
    setInterestVisibility: async (_parent, { input }, ctx) =>
      payload('interest', await ctx.services.interests.setVisibility(ctx.viewer?.user ?? null, input)),
    removeInterest: async (_parent, { id }, ctx) => {
      const result = await ctx.services.interests.remove(ctx.viewer?.user ?? null, id);
      return result.ok ? { ok: true, errors: [] } : { ok: false, errors: result.errors };
    },
  },
  Viewer: {
    interests: (v, _args, ctx) => ctx.services.interests.list(v.user.id),
  },
  Meeting: {
    peopleToMeet: (m, { first }, ctx) => peopleToMeet(ctx.db, m, ctx.viewer?.user.id, first ?? 10),
  },
  TalkSuggestion: {
    coop: (s, _args, ctx) => (s.coopId ? ctx.loaders.coop.load(s.coopId) : null),
  },
};
