import { Prisma, type Coop, type Database } from '@principle-six/db';

/** The months a dashboard covers, this one included. */
export const DASHBOARD_MONTHS = 6;
/** The most co-ops and referral pairs one dashboard lists (the operation cost limit's share). */
export const DASHBOARD_MAX_ROWS = 400;

export type EngagementLight = 'GREEN' | 'AMBER' | 'RED';

export const ENGAGEMENT_RULE =
  'Green: at half or more of the meetings held, and at least one referral given, introduction or visitor brought in six months. ' +
  'Red: at none of the meetings held, and nothing given. Amber: anything in between. The lights are a nudge to get in touch, not a ranking: co-ops are listed by name.';

export interface CoopEngagementModel {
  coop: Coop;
  meetingsAttended: number;
  referralsGiven: number;
  referralsReceived: number;
  businessClosed: { amount: number; currency: string }[];
  introductions: number;
  visitorsBrought: number;
  light: EngagementLight;
  lightReason: string;
}

export interface CouncilDashboardModel {
  from: Date;
  to: Date;
  meetingsHeld: number;
  rule: string;
  coops: CoopEngagementModel[];
  months: { month: Date; meetings: number; attendance: number; referrals: number; introductions: number }[];
  referralLinks: { fromCoopId: string; toCoopId: string; count: number }[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The light and the words for it, from a co-op's figures (see ENGAGEMENT_RULE). */
export function engagementLight(figures: { held: number; attended: number; given: number; introductions: number; visitors: number }): {
  light: EngagementLight;
  reason: string;
} {
  const contributions = figures.given + figures.introductions + figures.visitors;
  // With no meeting held yet there is no attendance to go on: green waits for the first.
  const attendedEnough = figures.held > 0 && figures.attended * 2 >= figures.held;
  const parts = [
    figures.held ? `at ${figures.attended} of ${plural(figures.held, 'meeting')}` : 'no meetings held yet',
    contributions
      ? [figures.given && plural(figures.given, 'referral') + ' given', figures.introductions && plural(figures.introductions, 'introduction'), figures.visitors && plural(figures.visitors, 'visitor') + ' brought']
          .filter(Boolean)
          .join(', ')
      : 'nothing given yet',
  ];
  const reason = parts.join('; ').replace(/^./, (c) => c.toUpperCase());
  if (attendedEnough && contributions > 0) return { light: 'GREEN', reason };
  if (figures.held > 0 && figures.attended === 0 && contributions === 0) return { light: 'RED', reason };
  return { light: 'AMBER', reason };
}

/** The first day (UTC) of the month `monthsBack` months before `now`'s. */
export function monthStart(now: Date, monthsBack: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1));
}

type Counted = { coop_id: string; n: number };

/**
 * A council's last six months, for its organisers: figures per member co-op, the months, and who
 * referred whom among the members. Each figure is one grouped query over the members, so a
 * council of hundreds of co-ops costs the same dozen queries as one of ten.
 */
export async function councilDashboard(db: Database, councilId: string, now = new Date()): Promise<CouncilDashboardModel> {
  const from = monthStart(now, DASHBOARD_MONTHS - 1);
  const members = (
    await db.councilMember.findMany({ where: { councilId, status: 'MEMBER' }, include: { coop: true }, orderBy: [{ coop: { name: 'asc' } }, { coopId: 'asc' }], take: DASHBOARD_MAX_ROWS })
  ).map((m) => m.coop);
  const ids = members.map((c) => c.id);
  const inWindow = Prisma.sql`created_at >= ${from}::timestamptz AND created_at <= ${now}::timestamptz`;
  const meetingsOfCouncil = Prisma.sql`SELECT id FROM meetings WHERE council_id = ${councilId}::uuid AND cancelled_at IS NULL
                                        AND starts_at >= ${from}::timestamptz AND starts_at <= ${now}::timestamptz`;
  const count = (rows: Counted[]) => new Map(rows.map((r) => [r.coop_id, Number(r.n)]));

  const [held, attended, given, received, introductions, visitors, business, months, edges] = await Promise.all([
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${meetingsOfCouncil}) m`,
    db.$queryRaw<Counted[]>`
      SELECT coop_id, count(DISTINCT meeting_id)::int AS n FROM meeting_attendees
       WHERE meeting_id IN (${meetingsOfCouncil}) AND attendance IN ('PRESENT', 'SUBSTITUTE') AND coop_id = ANY(${ids}::uuid[])
       GROUP BY coop_id`,
    db.$queryRaw<Counted[]>`
      SELECT from_coop_id AS coop_id, count(*)::int AS n FROM referrals
       WHERE from_coop_id = ANY(${ids}::uuid[]) AND stage <> 'WITHDRAWN' AND ${inWindow} GROUP BY from_coop_id`,
    db.$queryRaw<Counted[]>`
      SELECT to_coop_id AS coop_id, count(*)::int AS n FROM referrals
       WHERE to_coop_id = ANY(${ids}::uuid[]) AND stage <> 'WITHDRAWN' AND ${inWindow} GROUP BY to_coop_id`,
    db.$queryRaw<Counted[]>`
      SELECT coop_id, count(*)::int AS n FROM (
        SELECT from_coop_id AS coop_id FROM introductions WHERE ${inWindow}
        UNION ALL SELECT to_coop_id FROM introductions WHERE ${inWindow}) i
       WHERE coop_id = ANY(${ids}::uuid[]) GROUP BY coop_id`,
    db.$queryRaw<Counted[]>`
      SELECT brought_by_coop_id AS coop_id, count(*)::int AS n FROM meeting_attendees
       WHERE meeting_id IN (${meetingsOfCouncil}) AND role = 'VISITOR' AND brought_by_coop_id = ANY(${ids}::uuid[])
         AND (status IN ('GOING', 'MAYBE') OR attendance IN ('PRESENT', 'SUBSTITUTE'))
       GROUP BY brought_by_coop_id`,
    db.$queryRaw<{ coop_id: string; currency: string; amount: bigint }[]>`
      SELECT to_coop_id AS coop_id, currency, sum(amount) AS amount FROM business_thanks
       WHERE to_coop_id = ANY(${ids}::uuid[]) AND status = 'CONFIRMED' AND ${inWindow}
       GROUP BY to_coop_id, currency ORDER BY currency`,
    db.$queryRaw<{ month: Date; meetings: number; attendance: number; referrals: number; introductions: number }[]>`
      SELECT month,
             (SELECT count(*)::int FROM meetings m WHERE m.id IN (${meetingsOfCouncil}) AND date_trunc('month', m.starts_at AT TIME ZONE 'UTC') = month) AS meetings,
             (SELECT count(DISTINCT (a.meeting_id, a.coop_id))::int FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
               WHERE m.id IN (${meetingsOfCouncil}) AND a.attendance IN ('PRESENT', 'SUBSTITUTE') AND a.coop_id = ANY(${ids}::uuid[])
                 AND date_trunc('month', m.starts_at AT TIME ZONE 'UTC') = month) AS attendance,
             (SELECT count(*)::int FROM referrals r WHERE r.from_coop_id = ANY(${ids}::uuid[]) AND r.stage <> 'WITHDRAWN'
                 AND r.created_at >= ${from}::timestamptz AND date_trunc('month', r.created_at AT TIME ZONE 'UTC') = month) AS referrals,
             (SELECT count(*)::int FROM introductions i WHERE (i.from_coop_id = ANY(${ids}::uuid[]) OR i.to_coop_id = ANY(${ids}::uuid[]))
                 AND i.created_at >= ${from}::timestamptz AND date_trunc('month', i.created_at AT TIME ZONE 'UTC') = month) AS introductions
        FROM generate_series(${from}::timestamp, date_trunc('month', ${now}::timestamptz AT TIME ZONE 'UTC'), interval '1 month') AS month
       ORDER BY month`,
    db.$queryRaw<{ fromCoopId: string; toCoopId: string; count: number }[]>`
      SELECT from_coop_id AS "fromCoopId", to_coop_id AS "toCoopId", count(*)::int AS count FROM referrals
       WHERE from_coop_id = ANY(${ids}::uuid[]) AND to_coop_id = ANY(${ids}::uuid[]) AND stage <> 'WITHDRAWN' AND ${inWindow}
       GROUP BY from_coop_id, to_coop_id ORDER BY count DESC, from_coop_id, to_coop_id LIMIT ${DASHBOARD_MAX_ROWS}`,
  ]);

  const meetingsHeld = held[0]?.n ?? 0;
  const [attendedBy, givenBy, receivedBy, introducedBy, visitorsBy] = [attended, given, received, introductions, visitors].map(count);
  const coops = members.map((coop): CoopEngagementModel => {
    const figures = {
      held: meetingsHeld,
      attended: attendedBy!.get(coop.id) ?? 0,
      given: givenBy!.get(coop.id) ?? 0,
      introductions: introducedBy!.get(coop.id) ?? 0,
      visitors: visitorsBy!.get(coop.id) ?? 0,
    };
    const { light, reason } = engagementLight(figures);
    return {
      coop,
      meetingsAttended: figures.attended,
      referralsGiven: figures.given,
      referralsReceived: receivedBy!.get(coop.id) ?? 0,
      businessClosed: business.filter((b) => b.coop_id === coop.id).map((b) => ({ amount: Number(b.amount), currency: b.currency.trim() })),
      introductions: figures.introductions,
      visitorsBrought: figures.visitors,
      light,
      lightReason: reason,
    };
  });
  return {
    from,
    to: now,
    meetingsHeld,
    rule: ENGAGEMENT_RULE,
    coops,
    months: months.map((m) => ({ ...m, month: new Date(Date.UTC(m.month.getUTCFullYear(), m.month.getUTCMonth(), 1)) })),
    referralLinks: edges,
  };
}
