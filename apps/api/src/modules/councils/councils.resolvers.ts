import { belongsToCoop } from '../../access/councils-access';
import { encodeCursor } from '../coops/cursor';
import { councilDashboard } from './council-dashboard';
import { badQueryInput } from '../../errors/query-errors';
import type { Resolvers } from '../../generated/resolvers';
import type { GraphQLContext } from '../../graphql/context';
import { payload } from '../../graphql/payload';
import type { Result } from '../../errors/user-errors';
import { listSize } from '../../graphql/list-size';
import { councilMeetings, councilMembers, MAX_MEETINGS, councilsOfCoop, councilsOfPerson, councilsPage, viewerCoops } from './council-list';
import { publicCoopWhere } from '../../access/visibility';

const viewerId = (ctx: GraphQLContext) => ctx.viewer?.user.id ?? null;

function orThrow<T>(result: Result<T>): T {
  if (!result.ok) throw badQueryInput(result.errors[0]!);
  return result.value;
}

/** Whether the person organises the council (batched per request by the viewerOrganises loader). */
const organises = (ctx: GraphQLContext, councilId: string) => ctx.loaders.viewerOrganises.load(councilId);

export const councilResolvers: Resolvers = {
  Query: {
    council: (_parent, { slug }, ctx) => ctx.services.councils.bySlug(slug),
    councils: async (_parent, { first, after, query }, ctx) => orThrow(await councilsPage(ctx.db, first ?? 20, after ?? null, query ?? null)),
  },
  Mutation: {
    createCouncil: async (_parent, { input }, ctx) => payload('council', await ctx.services.councils.create(ctx.viewer?.user ?? null, input)),
    updateCouncil: async (_parent, { id, input }, ctx) => payload('council', await ctx.services.councils.update(ctx.viewer?.user ?? null, id, input)),
    addCouncilOrganiser: async (_parent, { input }, ctx) => payload('council', await ctx.services.councils.addOrganiser(ctx.viewer?.user ?? null, input)),
    removeCouncilOrganiser: async (_parent, { input }, ctx) =>
      payload('council', await ctx.services.councils.removeOrganiser(ctx.viewer?.user ?? null, input)),
    inviteCoopToCouncil: async (_parent, { input }, ctx) =>
      payload('member', await ctx.services.councilMembership.invite(ctx.viewer?.user ?? null, input)),
    askToJoinCouncil: async (_parent, { input }, ctx) => payload('member', await ctx.services.councilMembership.ask(ctx.viewer?.user ?? null, input)),
    answerCouncilJoin: async (_parent, { input }, ctx) =>
      payload('member', await ctx.services.councilMembership.answer(ctx.viewer?.user ?? null, input)),
    leaveCouncil: async (_parent, { input }, ctx) => payload('member', await ctx.services.councilMembership.leave(ctx.viewer?.user ?? null, input)),
    importCouncilMembers: async (_parent, { input }, ctx) => payload('report', await ctx.services.councilImport.run(ctx.viewer?.user ?? null, input)),
  },
  Council: {
    // Counted as the public list shows them: a co-op a site administrator hid is not counted.
    memberCount: (council, _args, ctx) => ctx.db.councilMember.count({ where: { councilId: council.id, status: 'MEMBER', coop: publicCoopWhere } }),
    members: async (council, { first, after }, ctx) => orThrow(await councilMembers(ctx.db, council.id, first ?? 50, after ?? null)),
    organisers: async (council, _args, ctx) => {
      const rows = await ctx.db.councilOrganiser.findMany({
        where: { councilId: council.id },
        include: { user: { select: { displayName: true } } },
        orderBy: { createdAt: 'asc' },
        take: 50,
      });
      return rows.map((o) => ({ userId: o.userId, displayName: o.user.displayName }));
    },
    upcomingMeetings: (council, { first }, ctx) => councilMeetings(ctx.db, council.id, 'upcoming', listSize(first ?? 5, MAX_MEETINGS, 'meetings')),
    pastMeetings: (council, { first }, ctx) => councilMeetings(ctx.db, council.id, 'past', listSize(first ?? 10, MAX_MEETINGS, 'meetings')),
    calendarUrl: (council, _args, ctx) => `${ctx.services.publicUrl.replace(/\/$/, '')}/calendars/councils/${council.slug}.ics`,
    viewerIsOrganiser: (council, _args, ctx) => organises(ctx, council.id),
    viewerCoops: (council, _args, ctx) => (ctx.viewer ? viewerCoops(ctx.db, council.id, ctx.viewer.user.id) : []),
    dashboard: async (council, _args, ctx) => ((await organises(ctx, council.id)) ? councilDashboard(ctx.db, council.id) : null),
    pendingMembers: async (council, _args, ctx) => {
      if (!(await organises(ctx, council.id))) return null;
      return ctx.db.councilMember.findMany({
        where: { councilId: council.id, status: { in: ['INVITED', 'REQUESTED'] } },
        orderBy: [{ createdAt: 'asc' }, { coopId: 'asc' }],
        take: 200,
      });
    },
  },
  CouncilMember: {
    coop: async (m, _args, ctx) => (await ctx.loaders.coop.load(m.coopId))!,
    placeName: async (m, _args, ctx) => {
      const coop = (await ctx.loaders.coop.load(m.coopId))!;
      return (await ctx.loaders.place.load(coop.placeId))?.name ?? '';
    },
    // The note between the co-op and the organisers is theirs.
    message: async (m, _args, ctx) =>
      m.message !== null && ((await organises(ctx, m.councilId)) || (await belongsToCoop(ctx.db, m.coopId, viewerId(ctx)))) ? m.message : null,
  },
  CouncilMemberConnection: {
    edges: (c) => c.nodes.map((node) => ({ cursor: encodeCursor(node.coopName, node.coopId), node })),
    pageInfo: (c) => ({ hasNextPage: c.hasNextPage, endCursor: c.endCursor }),
  },
  CouncilConnection: {
    edges: (c) => c.nodes.map((node) => ({ cursor: encodeCursor(node.name, node.id), node })),
    pageInfo: (c) => ({ hasNextPage: c.hasNextPage, endCursor: c.endCursor }),
  },
  Viewer: {
    councils: (v, _args, ctx) => councilsOfPerson(ctx.db, v.user.id),
  },
  Coop: {
    councils: (coop, _args, ctx) => councilsOfCoop(ctx.db, coop.id),
  },
};
