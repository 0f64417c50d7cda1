import type { Database, Meeting, MeetingAttendee, Prisma } from '@principle-six/db';
import { isId } from '../errors/ids';

/**
 * Who sees and does what with councils and their meetings, in one place.
 *
 * - A council's page, its member co-ops and its meetings' time, place and agenda are public.
 * - Organisers (people, council_organisers) edit the council, invite co-ops and answer requests,
 *   bring in its member list, schedule and change meetings, let visitors in, record attendance
 *   and run pitch rounds.
 * - A co-op's owners ask to join, answer an invitation and leave, as they edit its profile.
 * - Anyone in a member co-op answers a meeting for themselves and that co-op.
 * - A meeting's online link and who is coming are for those who may come: organisers, people in
 *   member co-ops, and visitors who were let in (status GOING or MAYBE). A visitor still waiting
 *   sees only their own answer.
 * - A visitor's note, and the message sent with a join request, are for organisers and the one
 *   who wrote it (the co-op's members).
 */

type Reader = Pick<Database, 'councilOrganiser' | 'councilMember' | 'membership' | 'meetingAttendee' | '$queryRaw'> | Prisma.TransactionClient;

export async function isOrganiser(db: Reader, councilId: string, userId: string | null | undefined): Promise<boolean> {
  if (!userId || !isId(councilId)) return false;
  return (await db.councilOrganiser.count({ where: { councilId, userId } })) > 0;
}

/** The person's co-ops that are members of the council (what they may answer a meeting for). */
export async function memberCoopsOf(db: Reader, councilId: string, userId: string | null | undefined): Promise<string[]> {
  if (!userId) return [];
  const rows = await db.councilMember.findMany({
    where: { councilId, status: 'MEMBER', coop: { memberships: { some: { userId } } } },
    select: { coopId: true },
  });
  return rows.map((r) => r.coopId);
}

export async function ownsCoop(db: Reader, coopId: string, userId: string | null | undefined): Promise<boolean> {
  if (!userId || !isId(coopId)) return false;
  return (await db.membership.count({ where: { coopId, userId, role: 'OWNER' } })) > 0;
}

export async function belongsToCoop(db: Reader, coopId: string, userId: string | null | undefined): Promise<boolean> {
  if (!userId || !isId(coopId)) return false;
  return (await db.membership.count({ where: { coopId, userId } })) > 0;
}

/** A visitor the organisers let in, or a member who answered: someone who is coming or may. */
export function mayCome(attendee: Pick<MeetingAttendee, 'status'> | null): boolean {
  return attendee !== null && (attendee.status === 'GOING' || attendee.status === 'MAYBE');
}

/**
 * Whether the person may see a meeting's link and who is coming, and take part in its pitch round:
 * an organiser, someone in a member co-op, or a visitor who was let in and still belongs to the
 * co-op they came for. One query: it runs for every open page at every change of a round.
 */
export async function isInsider(db: Reader, meeting: Pick<Meeting, 'id' | 'councilId'>, userId: string | null | undefined): Promise<boolean> {
  if (!userId || !isId(userId)) return false;
  const [row] = await db.$queryRaw<{ insider: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM council_organisers WHERE council_id = ${meeting.councilId}::uuid AND user_id = ${userId}::uuid)
        OR EXISTS (SELECT 1 FROM council_members cm JOIN memberships m ON m.coop_id = cm.coop_id
                    WHERE cm.council_id = ${meeting.councilId}::uuid AND cm.status = 'MEMBER' AND m.user_id = ${userId}::uuid)
        OR EXISTS (SELECT 1 FROM meeting_attendees a JOIN memberships m ON m.coop_id = a.coop_id AND m.user_id = a.user_id
                    WHERE a.meeting_id = ${meeting.id}::uuid AND a.user_id = ${userId}::uuid
                      AND a.role = 'VISITOR' AND a.status IN ('GOING', 'MAYBE')) AS insider`;
  return row?.insider ?? false;
}

/**
 * The co-op a person taps and is suggested for at a meeting: the one they answered for, while
 * they still belong to it (and, coming as a member, while it is still in the council); else their
 * first co-op in the council. Null when they have none there.
 */
export async function attendingCoop(db: Reader, meeting: Pick<Meeting, 'id' | 'councilId'>, userId: string): Promise<string | null> {
  const [row] = await db.$queryRaw<{ coop_id: string | null }[]>`
    SELECT COALESCE(
      (SELECT a.coop_id FROM meeting_attendees a JOIN memberships m ON m.coop_id = a.coop_id AND m.user_id = a.user_id
        WHERE a.meeting_id = ${meeting.id}::uuid AND a.user_id = ${userId}::uuid AND a.status IN ('GOING', 'MAYBE')
          AND (a.role = 'VISITOR' OR EXISTS (SELECT 1 FROM council_members cm WHERE cm.council_id = ${meeting.councilId}::uuid
                                               AND cm.coop_id = a.coop_id AND cm.status = 'MEMBER'))),
      (SELECT cm.coop_id FROM council_members cm JOIN memberships m ON m.coop_id = cm.coop_id
        WHERE cm.council_id = ${meeting.councilId}::uuid AND cm.status = 'MEMBER' AND m.user_id = ${userId}::uuid
        ORDER BY m.created_at, cm.coop_id LIMIT 1)) AS coop_id`;
  return row?.coop_id ?? null;
}
