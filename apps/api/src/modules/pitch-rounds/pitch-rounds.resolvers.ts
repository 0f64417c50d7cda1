import type { Meeting } from '@principle-six/db';
import { isInsider } from '../../access/councils-access';
import type { Resolvers } from '../../generated/resolvers';
import type { GraphQLContext } from '../../graphql/context';
import { payload } from '../../graphql/payload';
import { followUpsFor, roundSummary } from './follow-ups';
import { GraphQLError } from 'graphql';
import { FIRST_LOOK, mapValues, startWith } from './round-events';

const insider = (meeting: Meeting, ctx: GraphQLContext) => ctx.loaders.viewerIsInsider.load(meeting);

/** A subscription's events that no page can see: the meeting does not exist or is not theirs. */
async function* nothing(): AsyncIterableIterator<RoundEvent> {}

/** What each event of a page's subscription carries: the version to show, and its meeting. */
interface RoundEvent {
  version: number;
  meeting: Meeting;
}

export const pitchRoundResolvers: Resolvers = {
  Mutation: {
    preparePitchRound: async (_parent, { input }, ctx) =>
      payload('round', await withView(ctx, await ctx.services.pitchRounds.prepare(ctx.viewer?.user ?? null, input))),
    reorderPitchRound: async (_parent, { input }, ctx) =>
      payload('round', await withView(ctx, await ctx.services.pitchRounds.reorder(ctx.viewer?.user ?? null, input))),
    controlPitchRound: async (_parent, { input }, ctx) =>
      payload('round', await withView(ctx, await ctx.services.pitchRounds.control(ctx.viewer?.user ?? null, input))),
    tapPitch: async (_parent, { input }, ctx) => payload('tap', await ctx.services.pitchRounds.tap(ctx.viewer?.user ?? null, input)),
  },
  Meeting: {
    pitchRound: async (m, _args, ctx) => ((await insider(m, ctx)) ? ctx.services.roundViews.now(m.id) : null),
    viewerTaps: async (m, _args, ctx) => {
      if (!ctx.viewer) return [];
      const round = await ctx.services.pitchRounds.byMeeting(m.id);
      return round ? ctx.db.pitchTap.findMany({ where: { roundId: round.id, userId: ctx.viewer.user.id }, orderBy: { createdAt: 'asc' }, take: 500 }) : [];
    },
    followUps: (m, _args, ctx) => (ctx.viewer ? followUpsFor(ctx.db, m.id, ctx.viewer.user.id) : []),
    pitchSummary: async (m, _args, ctx) => ((await insider(m, ctx)) ? roundSummary(ctx.db, m.id) : null),
  },
  PitchRound: {
    serverTime: () => new Date(),
  },
  PitchTap: {
    coopId: (t) => t.toCoopId,
  },
  PitchFollowUp: {
    coop: async (f, _args, ctx) => (await ctx.loaders.coop.load(f.coopId))!,
    fromCoop: (f, _args, ctx) => (f.fromCoopId ? ctx.loaders.coop.load(f.fromCoopId) : null),
  },
  PitchTapTotals: {
    coop: async (t, _args, ctx) => (await ctx.loaders.coop.load(t.coopId))!,
  },
  Subscription: {
    pitchRound: {
      // The round now first (a page that reconnects catches up), then each change.
      subscribe: async (_parent, { meetingId }, ctx) => {
        const meeting = await ctx.services.meetings.byId(meetingId);
        if (!meeting || !(await isInsider(ctx.db, meeting, ctx.viewer?.user.id))) return nothing();
        return mapValues(startWith(FIRST_LOOK, ctx.services.roundViews.events.subscribe(meeting.id)), (version): RoundEvent => ({ version, meeting }));
      },
      resolve: async ({ version, meeting }: RoundEvent, _args: unknown, ctx: GraphQLContext) => {
        // Asked again at every event after the first (subscribe asked): someone who left their
        // co-op, or a visitor turned away, stops hearing.
        if (version !== FIRST_LOOK && !(await isInsider(ctx.db, meeting, ctx.viewer?.user.id))) {
          throw new GraphQLError('You may no longer follow this round.', { extensions: { code: 'FORBIDDEN' } });
        }
        return version < 0 ? ctx.services.roundViews.now(meeting.id) : ctx.services.roundViews.at(meeting.id, version);
      },
    },
  },
};

/** A round change's payload carries the round as every screen shows it. */
async function withView(ctx: GraphQLContext, result: Awaited<ReturnType<GraphQLContext['services']['pitchRounds']['prepare']>>) {
  if (!result.ok) return result;
  const view = await ctx.services.roundViews.now(result.value.meetingId);
  return { ok: true as const, value: view! };
}
