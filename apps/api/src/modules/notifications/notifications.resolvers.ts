import type { Need, Notification } from '@principle-six/db';
import { canSeeNeed, membershipsFromLoaders } from '../../access/postings-access';
import { badQueryInput } from '../../errors/query-errors';
import type { Resolvers } from '../../generated/resolvers';
import type { GraphQLContext } from '../../graphql/context';
import { createLoaders } from '../../graphql/loaders';
import { payload } from '../../graphql/payload';
import { encodeTimeCursor } from '../../graphql/time-cursor';
import { visibleMatch } from '../matching/viewer-side';
import { CLAIM_NOTICE_KINDS, claimNoticeLine } from '../claims/claim-notices';
import { COUNCIL_NOTICE_KINDS, councilNotice, meetingIntroductionLine } from '../councils/council-notices';
import { referralSummary } from '../referrals/referral-summary';
import { visibleReferral, visibleThanks } from '../referrals/referrals.resolvers';

export const notificationResolvers: Resolvers = {
  Query: {
    notifications: async (_parent, { first, after, unreadOnly }, ctx) => {
      if (!ctx.viewer) return null;
      const result = await ctx.services.notifications.page(ctx.viewer.user.id, first ?? 20, after ?? null, unreadOnly ?? false);
      if (!result.ok) throw badQueryInput(result.errors[0]!);
      return { userId: ctx.viewer.user.id, ...result.value };
    },
  },
  Mutation: {
    markNotificationsRead: async (_parent, { input }, ctx) => {
      const result = await ctx.services.notifications.markRead(ctx.viewer?.user ?? null, input.ids);
      return result.ok ? { unreadCount: result.value, errors: [] } : { unreadCount: 0, errors: result.errors };
    },
    updateNotificationPreferences: async (_parent, { input }, ctx) =>
      payload('preferences', await ctx.services.notifications.updatePreferences(ctx.viewer?.user ?? null, input.emailDigest)),
  },
  Subscription: {
    inbox: {
      // Signed-out connections get no events; the iterator for nobody never yields.
      subscribe: (_parent, _args, ctx) => ctx.services.inboxEvents.subscribe(ctx.viewer?.user.id ?? 'nobody'),
      resolve: async (notificationId: string, _args: unknown, ctx: GraphQLContext) => {
        const userId = ctx.viewer!.user.id;
        // A subscription's context lives as long as the socket; each event reads afresh.
        ctx.loaders = createLoaders(ctx.db, userId);
        const notification = await ctx.services.notifications.byIdFor(userId, notificationId);
        return { notification: notification!, userId };
      },
    },
  },
  NotificationConnection: {
    edges: (c) => c.items.map((node) => ({ cursor: encodeTimeCursor(node), node })),
    pageInfo: (c) => ({ hasNextPage: c.hasNextPage, endCursor: c.endCursor }),
    unreadCount: (c, _args, ctx) => ctx.services.notifications.unreadCount(c.userId),
  },
  InboxEvent: {
    unreadCount: (e, _args, ctx) => ctx.services.notifications.unreadCount(e.userId),
  },
  Notification: {
    coop: (n, _args, ctx) => (n.coopId ? ctx.loaders.coop.load(n.coopId) : null),
    council: (n, _args, ctx) => (n.councilId ? ctx.services.councils.byId(n.councilId) : null),
    meeting: (n, _args, ctx) => (n.meetingId ? ctx.services.meetings.byId(n.meetingId) : null),
    match: (n, _args, ctx) => (n.matchId ? visibleMatch(n.matchId, ctx) : null),
    need: (n, _args, ctx) => visibleNeed(n.needId, ctx),
    introduction: (n, _args, ctx) => (n.introductionId ? ctx.loaders.introduction.load(n.introductionId) : null),
    referral: async (n, _args, ctx) => (n.referralId ? visibleReferral(await ctx.loaders.referral.load(n.referralId), ctx) : null),
    thanks: async (n, _args, ctx) => (n.thanksId ? visibleThanks(await ctx.loaders.businessThanks.load(n.thanksId), ctx) : null),
    claim: (n, _args, ctx) => (n.claimId ? ctx.services.claims.byIdFor(ctx.viewer?.user ?? null, n.claimId) : null),
    summary: (n, _args, ctx) => summarise(n, ctx),
  },
  Viewer: {
    unreadNotificationCount: (v, _args, ctx) => ctx.services.notifications.unreadCount(v.user.id),
    notificationPreferences: (v, _args, ctx) => ctx.services.notifications.preferences(v.user.id),
  },
};

/** The item's need, if the reader may still see it (a withdrawn need is its own co-op's). */
async function visibleNeed(needId: string | null, ctx: GraphQLContext): Promise<Need | null> {
  const need = needId ? await ctx.loaders.need.load(needId) : null;
  return need && (await canSeeNeed(need, membershipsFromLoaders(ctx.loaders))) ? need : null;
}

async function summarise(n: Notification, ctx: GraphQLContext): Promise<string> {
  const aboutReferral = await referralSummary(n, ctx);
  if (aboutReferral !== null) return aboutReferral;
  if (COUNCIL_NOTICE_KINDS.includes(n.kind)) return (await councilNoticeOf(n, ctx))?.text ?? 'News from a council';
  if (CLAIM_NOTICE_KINDS.includes(n.kind)) {
    const claim = n.claimId ? await ctx.loaders.claim.load(n.claimId) : null;
    const coop = claim ? await ctx.loaders.coop.load(claim.coopId) : null;
    return claimNoticeLine(n.kind, coop?.name ?? null, claim?.closedReason ?? null);
  }
  const need = await visibleNeed(n.needId, ctx);
  const title = need ? `“${need.title}”` : 'a need';
  if (n.kind === 'INTRODUCTION') {
    const intro = n.introductionId ? await ctx.loaders.introduction.load(n.introductionId) : null;
    if (intro?.meetingId) {
      // Made by mutual "talk" taps at a meeting: neither side sent it, both asked for it.
      const other = await ctx.loaders.coop.load(intro.fromCoopId === n.coopId ? intro.toCoopId : intro.fromCoopId);
      const meeting = await ctx.services.meetings.byId(intro.meetingId);
      return meetingIntroductionLine(other?.name ?? null, meeting?.title ?? null);
    }
    const from = intro ? await ctx.loaders.coop.load(intro.fromCoopId) : null;
    return `${from?.name ?? 'A co-op'} introduced itself about ${title}`;
  }
  if (n.kind === 'FULFILMENT_CLAIMED') {
    const [owner, mine] = await Promise.all([need ? ctx.loaders.coop.load(need.coopId) : null, n.coopId ? ctx.loaders.coop.load(n.coopId) : null]);
    return `${owner?.name ?? 'A co-op'} says ${mine?.name ?? 'your co-op'} met ${title}`;
  }
  const match = n.matchId ? await ctx.loaders.match.load(n.matchId) : null;
  if (n.kind === 'MATCH_FOR_NEED') {
    const provider = match ? await ctx.loaders.coop.load(match.providerCoopId) : null;
    return `${provider?.name ?? 'A co-op'} could meet ${title}`;
  }
  const owner = need ? await ctx.loaders.coop.load(need.coopId) : null;
  return `${owner?.name ?? 'A co-op'} needs ${title}, and you fit`;
}

/** The facts an item about a council or meeting is worded from (see council-notices.ts). */
async function councilNoticeOf(n: Notification, ctx: GraphQLContext) {
  const meeting = n.meetingId ? await ctx.services.meetings.byId(n.meetingId) : null;
  const councilId = n.councilId ?? meeting?.councilId ?? null;
  const council = councilId ? await ctx.services.councils.byId(councilId) : null;
  const coop = n.coopId ? await ctx.loaders.coop.load(n.coopId) : null;
  const attendee =
    n.kind === 'VISITOR_ANSWERED' && meeting
      ? await ctx.db.meetingAttendee.findUnique({ where: { meetingId_userId: { meetingId: meeting.id, userId: n.userId } } })
      : null;
  return councilNotice({
    kind: n.kind,
    councilName: council?.name ?? null,
    councilSlug: council?.slug ?? null,
    meetingId: meeting?.id ?? null,
    meetingTitle: meeting?.title ?? null,
    meetingStartsAt: meeting?.startsAt ?? null,
    meetingCancelled: meeting?.cancelledAt != null,
    coopName: coop?.name ?? null,
    attendeeStatus: attendee?.status ?? null,
    timeZone: council?.timeZone ?? null,
  });
}
