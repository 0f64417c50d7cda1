import type { Database, Introduction, Meeting, PitchTapKind, Prisma, Referral } from '@principle-six/db';
import { notifyCoopMembers, type Written } from '../notifications/notify';

/**
 * What a round leaves behind. Mutual "talk" taps between two co-ops become one introduction
 * (whichever tapped first is its sender; the unique index on the meeting and the pair makes a
 * second impossible), made in the transaction that ends the round and told to both co-ops. Each
 * person's follow-up list and the meeting's summary are read from the taps as they stand.
 */
export async function introduceMutualTalkers(tx: Prisma.TransactionClient, roundId: string, meeting: Meeting): Promise<Written[]> {
  const made = await tx.$queryRaw<{ id: string; from_coop_id: string; to_coop_id: string }[]>`
    INSERT INTO introductions (id, from_coop_id, to_coop_id, from_user_id, message, meeting_id)
    SELECT gen_random_uuid(), first.from_coop_id, first.to_coop_id, first.user_id,
           ${`You both said you would like to talk during the pitches at “${meeting.title}”.`}, ${meeting.id}::uuid
      FROM (
        SELECT DISTINCT ON (LEAST(a.from_coop_id, a.to_coop_id), GREATEST(a.from_coop_id, a.to_coop_id))
               a.from_coop_id, a.to_coop_id, a.user_id
          FROM pitch_taps a
          JOIN pitch_taps b ON b.round_id = a.round_id AND b.kind = 'TALK'
                           AND b.from_coop_id = a.to_coop_id AND b.to_coop_id = a.from_coop_id
         WHERE a.round_id = ${roundId}::uuid AND a.kind = 'TALK'
         ORDER BY LEAST(a.from_coop_id, a.to_coop_id), GREATEST(a.from_coop_id, a.to_coop_id), a.created_at, a.id) first
    ON CONFLICT DO NOTHING
    RETURNING id, from_coop_id, to_coop_id`;
  const written: Written[] = [];
  for (const intro of made) {
    for (const coopId of [intro.from_coop_id, intro.to_coop_id]) {
      written.push(...(await notifyCoopMembers(tx, { coopId, kind: 'INTRODUCTION', subjectKey: `introduction:${intro.id}`, introductionId: intro.id, meetingId: meeting.id })));
    }
  }
  return written;
}

export type FollowUpKind = 'INTRODUCTION' | 'TALK' | 'REFERRAL' | 'NEED';

export interface FollowUpModel {
  kind: FollowUpKind;
  coopId: string;
  fromCoopId: string | null;
  introduction: Introduction | null;
  referral: Referral | null;
}

const ORDER: Record<FollowUpKind, number> = { INTRODUCTION: 0, REFERRAL: 1, NEED: 2, TALK: 3 };

/**
 * A person's follow-ups once the round has ended: each introduction between one of their co-ops
 * and another made at the meeting (a colleague's taps count too: the co-ops meet); and for each
 * of their own taps, the next step: a "talk" that was not returned (introduce yourself), a
 * referral to pass (and the one passed, once it is), a need to post.
 */
export async function followUpsFor(db: Database, meetingId: string, userId: string): Promise<FollowUpModel[]> {
  const round = await db.pitchRound.findUnique({ where: { meetingId } });
  if (round?.status !== 'ENDED') return [];
  const coopIds = (await db.membership.findMany({ where: { userId }, select: { coopId: true } })).map((m) => m.coopId);
  const [introductions, taps, referrals] = await Promise.all([
    db.introduction.findMany({
      where: { meetingId, OR: [{ fromCoopId: { in: coopIds } }, { toCoopId: { in: coopIds } }] },
      orderBy: { createdAt: 'asc' },
    }),
    db.pitchTap.findMany({ where: { roundId: round.id, userId }, orderBy: { createdAt: 'asc' } }),
    db.referral.findMany({ where: { meetingId, fromCoopId: { in: coopIds } }, orderBy: { createdAt: 'asc' } }),
  ]);
  const items: FollowUpModel[] = [];
  const introduced = new Set<string>();
  for (const intro of introductions) {
    const mine = coopIds.includes(intro.fromCoopId) ? intro.fromCoopId : intro.toCoopId;
    const other = mine === intro.fromCoopId ? intro.toCoopId : intro.fromCoopId;
    introduced.add(other);
    items.push({ kind: 'INTRODUCTION', coopId: other, fromCoopId: mine, introduction: intro, referral: null });
  }
  for (const tap of taps) {
    if (tap.kind === 'TALK' && introduced.has(tap.toCoopId)) continue;
    const referral = tap.kind === 'REFERRAL' ? (referrals.find((r) => r.toCoopId === tap.toCoopId) ?? null) : null;
    items.push({ kind: tap.kind, coopId: tap.toCoopId, fromCoopId: tap.fromCoopId, introduction: null, referral });
  }
  return items.sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
}

export interface TapTotalsModel {
  coopId: string;
  talk: number;
  referral: number;
  need: number;
}

export interface RoundSummaryModel {
  pitches: number;
  skipped: number;
  taps: number;
  introductions: number;
  referrals: number;
  referralsWon: number;
  byCoop: TapTotalsModel[];
}

/** What came of a meeting's round, for its page: null until the round has ended. */
export async function roundSummary(db: Database, meetingId: string): Promise<RoundSummaryModel | null> {
  const round = await db.pitchRound.findUnique({ where: { meetingId } });
  if (round?.status !== 'ENDED') return null;
  const [slots, tapRows, introductions, referrals] = await Promise.all([
    db.pitchSlot.groupBy({ by: ['status'], where: { roundId: round.id }, _count: true }),
    db.pitchTap.groupBy({ by: ['toCoopId', 'kind'], where: { roundId: round.id }, _count: true }),
    db.introduction.count({ where: { meetingId } }),
    db.referral.groupBy({ by: ['stage'], where: { meetingId }, _count: true }),
  ]);
  const byCoop = new Map<string, TapTotalsModel>();
  for (const row of tapRows) {
    const totals = byCoop.get(row.toCoopId) ?? { coopId: row.toCoopId, talk: 0, referral: 0, need: 0 };
    totals[row.kind.toLowerCase() as Lowercase<PitchTapKind>] += row._count;
    byCoop.set(row.toCoopId, totals);
  }
  const count = (status: string) => slots.find((s) => s.status === status)?._count ?? 0;
  return {
    pitches: count('DONE'),
    skipped: count('SKIPPED'),
    taps: tapRows.reduce((sum, r) => sum + r._count, 0),
    introductions,
    referrals: referrals.reduce((sum, r) => sum + r._count, 0),
    referralsWon: referrals.find((r) => r.stage === 'WON')?._count ?? 0,
    byCoop: [...byCoop.values()].sort((a, b) => b.talk + b.referral + b.need - (a.talk + a.referral + a.need) || a.coopId.localeCompare(b.coopId)),
  };
}
