import type { Meeting } from '@principle-six/db';
import { memberCoopsOf } from '../../access/councils-access';
import { isId } from '../../errors/ids';
import { listSize } from '../../graphql/list-size';
import type { Resolvers } from '../../generated/resolvers';
import type { GraphQLContext } from '../../graphql/context';
import { payload } from '../../graphql/payload';

const MAX_UPCOMING = 50;

/** Whether the person may have the meeting's link and see who is coming (cached per request). */
const insider = (meeting: Meeting, ctx: GraphQLContext) => ctx.loaders.viewerIsInsider.load(meeting);

export const meetingResolvers: Resolvers = {
  Query: {
    meeting: (_parent, { id }, ctx) => ctx.services.meetings.byId(id),
    upcomingMeetings: (_parent, { first }, ctx) =>
      ctx.db.meeting.findMany({
        where: { endsAt: { gt: new Date() }, cancelledAt: null },
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
        take: listSize(first ?? 10, MAX_UPCOMING, 'meetings'),
      }),
  },
  Mutation: {
    scheduleMeeting: async (_parent, { councilId, input }, ctx) =>
      payload('meeting', await ctx.services.meetings.schedule(ctx.viewer?.user ?? null, councilId, input)),
    updateMeeting: async (_parent, { id, input }, ctx) => payload('meeting', await ctx.services.meetings.update(ctx.viewer?.user ?? null, id, input)),
    cancelMeeting: async (_parent, { id }, ctx) => payload('meeting', await ctx.services.meetings.cancel(ctx.viewer?.user ?? null, id)),
    rsvp: async (_parent, { input }, ctx) => payload('attendee', await ctx.services.attendance.rsvp(ctx.viewer?.user ?? null, input)),
    askToVisit: async (_parent, { input }, ctx) => payload('attendee', await ctx.services.attendance.askToVisit(ctx.viewer?.user ?? null, input)),
    answerVisitor: async (_parent, { input }, ctx) => payload('attendee', await ctx.services.attendance.answerVisitor(ctx.viewer?.user ?? null, input)),
    recordAttendance: async (_parent, { input }, ctx) =>
      payload('meeting', await ctx.services.attendance.record(ctx.viewer?.user ?? null, input.meetingId, input.entries)),
  },
  Meeting: {
    council: async (m, _args, ctx) => (await ctx.db.council.findUnique({ where: { id: m.councilId } }))!,
    onlineUrl: async (m, _args, ctx) => (m.onlineUrl && (await insider(m, ctx)) ? m.onlineUrl : null),
    goingCount: (m, _args, ctx) => ctx.db.meetingAttendee.count({ where: { meetingId: m.id, status: 'GOING' } }),
    attendees: async (m, _args, ctx) => {
      if (!(await insider(m, ctx))) return null;
      const manages = await ctx.loaders.viewerOrganises.load(m.councilId);
      return ctx.db.meetingAttendee.findMany({
        // Organisers see requests and refusals to answer them; others see who is coming.
        where: { meetingId: m.id, ...(manages ? {} : { status: { in: ['GOING', 'MAYBE'] } }) },
        orderBy: [{ createdAt: 'asc' }, { userId: 'asc' }],
        take: 500,
      });
    },
    viewerAttendee: (m, _args, ctx) =>
      ctx.viewer ? ctx.db.meetingAttendee.findUnique({ where: { meetingId_userId: { meetingId: m.id, userId: ctx.viewer.user.id } } }) : null,
    viewerCanRsvp: async (m, _args, ctx) => (await memberCoopsOf(ctx.db, m.councilId, ctx.viewer?.user.id)).length > 0,
    viewerCanManage: (m, _args, ctx) => ctx.loaders.viewerOrganises.load(m.councilId),
    icsUrl: (m, _args, ctx) => `${ctx.services.publicUrl.replace(/\/$/, '')}/calendars/meetings/${m.id}.ics`,
  },
  MeetingAttendee: {
    displayName: async (a, _args, ctx) => (await ctx.loaders.user.load(a.userId))?.displayName ?? 'Someone',
    coop: (a, _args, ctx) => (a.coopId && isId(a.coopId) ? ctx.loaders.coop.load(a.coopId) : null),
    broughtBy: (a, _args, ctx) => (a.broughtByCoopId ? ctx.loaders.coop.load(a.broughtByCoopId) : null),
    note: async (a, _args, ctx) => {
      if (!a.note) return null;
      if (ctx.viewer?.user.id === a.userId) return a.note;
      const meeting = await ctx.services.meetings.byId(a.meetingId);
      return meeting && (await ctx.loaders.viewerOrganises.load(meeting.councilId)) ? a.note : null;
    },
  },
};
