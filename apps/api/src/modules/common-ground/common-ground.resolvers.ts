import type { Resolvers } from '../../generated/resolvers';
import { payload } from '../../graphql/payload';
import { listSize } from '../../graphql/list-size';
import { MAX_SUGGESTIONS, peopleToMeet } from './suggestions';

export const commonGroundResolvers: Resolvers = {
  Query: {
    // Tags shown to "everyone signed in" are not for visitors; the vocabularies are public.
    interestOptions: (_parent, { kind, text }, ctx) => ctx.services.interests.options(kind, text, !!ctx.viewer),
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
    peopleToMeet: (m, { first }, ctx) => peopleToMeet(ctx.db, m, ctx.viewer?.user.id, listSize(first ?? 10, MAX_SUGGESTIONS, 'people')),
  },
  TalkSuggestion: {
    coop: (s, _args, ctx) => (s.coopId ? ctx.loaders.coop.load(s.coopId) : null),
  },
};
