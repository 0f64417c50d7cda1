import type { Database, Meeting, MeetingAttendee, User } from '@principle-six/db';
import { MAX_ATTENDANCE_ENTRIES, substituteNameSchema, toFieldErrors, visitNoteSchema } from '@principle-six/schema';
import { requireVerifiedEmail } from '../../access/coop-access';
import { belongsToCoop, memberCoopsOf } from '../../access/councils-access';
import { isId } from '../../errors/ids';
import { isUniqueViolation } from '../../errors/prisma-errors';
import { conflict, fail, forbidden, invalidInput, notFound, ok, unauthenticated, type Result } from '../../errors/user-errors';
import type { InboxEvents } from '../notifications/inbox-events';
import { managedMeeting } from './managed-meeting';
import { notifyOrganisers, notifyPerson, publish, type Written } from '../notifications/notify';

export interface RsvpRequest {
  meetingId: string;
  coopId: string;
  response: 'GOING' | 'MAYBE' | 'NOT_GOING';
}

export interface VisitRequest {
  meetingId: string;
  coopId: string;
  broughtByCoopId?: string | null;
  note?: string | null;
}

export interface AttendanceEntry {
  userId: string;
  attendance: 'PRESENT' | 'ABSENT' | 'SUBSTITUTE';
  substituteName?: string | null;
}

/**
 * Who is coming to a meeting and who came. Owns the meeting_attendees table.
 *
 * - People in a member co-op answer for themselves and the co-op they come for, until it ends.
 * - Anyone else asks to visit for a co-op of theirs; an organiser lets them in or turns them away.
 * - Organisers record attendance once the meeting has started, all of it in one transaction.
 */
export class AttendanceService {
  constructor(
    private readonly db: Database,
    private readonly events: InboxEvents,
  ) {}

  async rsvp(actor: User | null, request: RsvpRequest): Promise<Result<MeetingAttendee>> {
    if (!actor) return fail(unauthenticated('Sign in to answer.'));
    const meeting = await this.open(request.meetingId);
    if (!meeting.ok) return meeting;
    const coops = await memberCoopsOf(this.db, meeting.value.councilId, actor.id);
    if (coops.length === 0) return fail(forbidden('Only people in the council’s member co-ops can answer; ask to visit instead.'));
    if (!coops.includes(request.coopId)) return fail(invalidInput('Choose one of your co-ops in this council.', 'coopId'));
    const key = { meetingId_userId: { meetingId: meeting.value.id, userId: actor.id } };
    const existing = await this.db.meetingAttendee.findUnique({ where: key });
    // A member who first asked as a visitor (their co-op joined since) answers as a member now.
    const data = { coopId: request.coopId, role: 'MEMBER' as const, status: request.response, broughtByCoopId: null };
    const row = existing
      ? await this.db.meetingAttendee.update({ where: key, data })
      : await this.db.meetingAttendee.create({ data: { meetingId: meeting.value.id, userId: actor.id, ...data } });
    return ok(row);
  }

  async askToVisit(actor: User | null, request: VisitRequest): Promise<Result<MeetingAttendee>> {
    if (!actor) return fail(unauthenticated('Sign in to ask to come.'));
    const unverified = requireVerifiedEmail(actor, 'ask to come to a meeting');
    if (unverified) return unverified;
    const meeting = await this.open(request.meetingId);
    if (!meeting.ok) return meeting;
    const councilId = meeting.value.councilId;
    if (!(await belongsToCoop(this.db, request.coopId, actor.id))) return fail(forbidden('Ask for a co-op you belong to.', 'coopId'));
    if ((await memberCoopsOf(this.db, councilId, actor.id)).includes(request.coopId)) {
      return fail(conflict('Your co-op belongs to this council: answer the meeting as a member.', 'coopId'));
    }
    const note = visitNoteSchema.safeParse(request.note);
    if (!note.success) return fail(...toFieldErrors(note.error, 'note'));
    const broughtBy = request.broughtByCoopId ?? null;
    if (broughtBy && !(isId(broughtBy) && (await this.db.councilMember.count({ where: { councilId, coopId: broughtBy, status: 'MEMBER' } })))) {
      return fail(invalidInput('Choose a member co-op of this council, or nobody.', 'broughtByCoopId'));
    }
    let notices: Written[] = [];
    const ask = async (): Promise<Result<MeetingAttendee>> =>
      this.db.$transaction(async (tx) => {
        const key = { meetingId_userId: { meetingId: meeting.value.id, userId: actor.id } };
        const existing = await tx.meetingAttendee.findUnique({ where: key });
        if (existing?.status === 'REFUSED') return fail(conflict('The organisers have answered your request for this meeting.'));
        if (existing) return fail(conflict('You have asked already; the organisers will answer.'));
        const row = await tx.meetingAttendee.create({
          data: { meetingId: meeting.value.id, userId: actor.id, coopId: request.coopId, role: 'VISITOR', status: 'ASKED', broughtByCoopId: broughtBy, note: note.data },
        });
        notices = await notifyOrganisers(tx, councilId, {
          kind: 'VISITOR_REQUEST',
          subjectKey: `meeting:${meeting.value.id}/visitor:${actor.id}`,
          meetingId: meeting.value.id,
          exceptUserId: actor.id,
        });
        return ok(row);
      });
    const result = await ask().catch((error: unknown) => {
      // A second request sent at the same moment meets the first one's row.
      if (isUniqueViolation(error)) return fail(conflict('You have asked already; the organisers will answer.'));
      throw error;
    });
    if (result.ok) await publish(this.events, notices);
    return result;
  }

  async answerVisitor(actor: User | null, request: { meetingId: string; userId: string; accept: boolean }): Promise<Result<MeetingAttendee>> {
    const meeting = await managedMeeting(this.db, actor, request.meetingId, 'answer visitors');
    if (!meeting.ok) return meeting;
    const existing = isId(request.userId)
      ? await this.db.meetingAttendee.findUnique({ where: { meetingId_userId: { meetingId: meeting.value.id, userId: request.userId } } })
      : null;
    if (!existing || existing.role !== 'VISITOR') return fail(notFound('That person has not asked to visit.', 'userId'));
    let notices: Written[] = [];
    const row = await this.db.$transaction(async (tx) => {
      const updated = await tx.meetingAttendee.update({
        where: { meetingId_userId: { meetingId: meeting.value.id, userId: request.userId } },
        data: { status: request.accept ? 'GOING' : 'REFUSED' },
      });
      notices = await notifyPerson(tx, request.userId, updated.coopId, {
        kind: 'VISITOR_ANSWERED',
        subjectKey: `meeting:${meeting.value.id}/visitor:${request.userId}/${updated.status}`,
        meetingId: meeting.value.id,
        exceptUserId: actor!.id,
      });
      return updated;
    });
    await publish(this.events, notices);
    return ok(row);
  }

  /**
   * Records who came, once the meeting has started. Someone who came without answering is added
   * as a member when they are in a member co-op; anyone else must have answered or asked first.
   */
  async record(actor: User | null, meetingId: string, entries: AttendanceEntry[]): Promise<Result<Meeting>> {
    const meeting = await managedMeeting(this.db, actor, meetingId, 'record attendance');
    if (!meeting.ok) return meeting;
    if (meeting.value.startsAt.getTime() > Date.now()) return fail(conflict('Attendance is recorded once the meeting has started.'));
    if (entries.length === 0 || entries.length > MAX_ATTENDANCE_ENTRIES) {
      return fail(invalidInput(`Record 1 to ${MAX_ATTENDANCE_ENTRIES} people at a time.`, 'entries'));
    }
    const seen = new Set<string>();
    const checked: (AttendanceEntry & { substituteName: string | null })[] = [];
    for (const [i, entry] of entries.entries()) {
      if (!isId(entry.userId)) return fail(notFound('That person has not answered this meeting.', `entries.${i}.userId`));
      if (seen.has(entry.userId)) return fail(invalidInput('Each person once.', `entries.${i}.userId`));
      seen.add(entry.userId);
      const name = substituteNameSchema.safeParse(entry.substituteName);
      if (!name.success) return fail(...toFieldErrors(name.error, `entries.${i}.substituteName`));
      if (entry.attendance === 'SUBSTITUTE' && !name.data) return fail(invalidInput('Say who came instead.', `entries.${i}.substituteName`));
      checked.push({ ...entry, substituteName: entry.attendance === 'SUBSTITUTE' ? name.data : null });
    }
    const councilId = meeting.value.councilId;
    return this.db.$transaction(async (tx): Promise<Result<Meeting>> => {
      // Every entry is checked before any is written: a refusal leaves the record as it was.
      const known = new Map(
        (await tx.meetingAttendee.findMany({ where: { meetingId, userId: { in: [...seen] } } })).map((a) => [a.userId, a]),
      );
      const walkIns = new Map<string, string>();
      for (const [i, entry] of checked.entries()) {
        const attendee = known.get(entry.userId);
        if (attendee?.status === 'ASKED' || attendee?.status === 'REFUSED') {
          return fail(invalidInput('Let this visitor in before recording them.', `entries.${i}.userId`));
        }
        if (attendee) continue;
        const coops = await memberCoopsOf(tx, councilId, entry.userId);
        if (coops.length === 0) return fail(notFound('That person has not answered this meeting.', `entries.${i}.userId`));
        walkIns.set(entry.userId, coops[0]!);
      }
      for (const entry of checked) {
        const fields = { attendance: entry.attendance, substituteName: entry.substituteName };
        const coopId = walkIns.get(entry.userId);
        if (coopId === undefined) {
          await tx.meetingAttendee.update({ where: { meetingId_userId: { meetingId, userId: entry.userId } }, data: fields });
        } else {
          // Came without answering: in a member co-op, so recorded as a member.
          const status = entry.attendance === 'ABSENT' ? 'NOT_GOING' : 'GOING';
          await tx.meetingAttendee.create({ data: { meetingId, userId: entry.userId, coopId, role: 'MEMBER', status, ...fields } });
        }
      }
      return ok(meeting.value);
    });
  }

  /** A meeting still to come or under way, and not cancelled: one people can answer. */
  private async open(meetingId: string): Promise<Result<Meeting>> {
    const meeting = isId(meetingId) ? await this.db.meeting.findUnique({ where: { id: meetingId } }) : null;
    if (!meeting) return fail(notFound('There is no such meeting.', 'meetingId'));
    if (meeting.cancelledAt) return fail(conflict('This meeting was cancelled.', 'meetingId'));
    if (meeting.endsAt.getTime() <= Date.now()) return fail(conflict('This meeting is over.', 'meetingId'));
    return ok(meeting);
  }

}
