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

type Reader = Pick<Database, 'councilOrganiser' | 'councilMember' | 'membership' | 'meetingAttendee'> | Prisma.TransactionClient;

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
 * an organiser, someone in a member co-op, or a visitor who was let in.
 */
export async function isInsider(db: Reader, meeting: Pick<Meeting, 'id' | 'councilId'>, userId: string | null | undefined): Promise<boolean> {
  if (!userId) return false;
  if (await isOrganiser(db, meeting.councilId, userId)) return true;
  if ((await memberCoopsOf(db, meeting.councilId, userId)).length > 0) return true;
  const own = await db.meetingAttendee.findUnique({ where: { meetingId_userId: { meetingId: meeting.id, userId } } });
  return own?.role === 'VISITOR' && mayCome(own);
}
