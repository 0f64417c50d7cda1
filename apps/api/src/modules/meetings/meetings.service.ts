import type { Database, Meeting, User } from '@principle-six/db';
import { meetingInputSchema, toFieldErrors, type MeetingInputValues } from '@principle-six/schema';
import { requireVerifiedEmail } from '../../access/coop-access';
import { isOrganiser } from '../../access/councils-access';
import { isId } from '../../errors/ids';
import { conflict, fail, forbidden, invalidInput, notFound, ok, unauthenticated, type Result } from '../../errors/user-errors';
import type { InboxEvents } from '../notifications/inbox-events';
import { managedMeeting } from './managed-meeting';
import { notifyAttendees, notifyCouncilMembers, publish, type Written } from '../notifications/notify';

/**
 * A council's meetings: scheduling, changing and cancelling them. Owns the meetings table
 * (attendance.service.ts owns who answered and came). Members of the council's co-ops hear of a
 * new meeting; those coming hear of a change. Every change a calendar should pick up raises the
 * meeting's `sequence`, which its invitation and the council's feed carry.
 */
export class MeetingService {
  constructor(
    private readonly db: Database,
    private readonly events: InboxEvents,
  ) {}

  byId(id: string): Promise<Meeting | null> {
    return isId(id) ? this.db.meeting.findUnique({ where: { id } }) : Promise.resolve(null);
  }

  async schedule(actor: User | null, councilId: string, input: unknown): Promise<Result<Meeting>> {
    if (!actor) return fail(unauthenticated('Sign in to schedule a meeting.'));
    const unverified = requireVerifiedEmail(actor, 'schedule a meeting');
    if (unverified) return unverified;
    if (!isId(councilId) || !(await this.db.council.count({ where: { id: councilId } }))) return fail(notFound('There is no such council.', 'councilId'));
    if (!(await isOrganiser(this.db, councilId, actor.id))) return fail(forbidden('Only the council’s organisers can schedule meetings.'));
    const parsed = parse(input);
    if (!parsed.ok) return parsed;
    if (parsed.value.startsAt.getTime() < Date.now()) return fail(invalidInput('Choose a time from now on.', 'startsAt'));
    let notices: Written[] = [];
    const meeting = await this.db.$transaction(async (tx) => {
      const created = await tx.meeting.create({ data: { councilId, ...parsed.value, createdById: actor.id } });
      notices = await notifyCouncilMembers(tx, councilId, {
        kind: 'MEETING_SCHEDULED',
        subjectKey: `meeting:${created.id}`,
        meetingId: created.id,
        exceptUserId: actor.id,
      });
      return created;
    });
    await publish(this.events, notices);
    return ok(meeting);
  }

  async update(actor: User | null, meetingId: string, input: unknown): Promise<Result<Meeting>> {
    const found = await managedMeeting(this.db, actor, meetingId, 'change meetings');
    if (!found.ok) return found;
    if (found.value.cancelledAt) return fail(conflict('This meeting was cancelled; schedule a new one.'));
    const parsed = parse(input);
    if (!parsed.ok) return parsed;
    // A meeting still to come stays to come; one under way or over may have its times corrected.
    if (found.value.startsAt.getTime() > Date.now() && parsed.value.startsAt.getTime() < Date.now()) {
      return fail(invalidInput('Choose a time from now on.', 'startsAt'));
    }
    return this.change(actor!, found.value, parsed.value, 'changed');
  }

  async cancel(actor: User | null, meetingId: string): Promise<Result<Meeting>> {
    const found = await managedMeeting(this.db, actor, meetingId, 'cancel meetings');
    if (!found.ok) return found;
    if (found.value.cancelledAt) return fail(conflict('This meeting is cancelled already.'));
    if (found.value.startsAt.getTime() <= Date.now()) return fail(conflict('This meeting has started; it can no longer be cancelled.'));
    return this.change(actor!, found.value, { cancelledAt: new Date() }, 'cancelled');
  }

  /** Saves a change, raises the sequence and tells those coming, in one transaction. */
  private async change(actor: User, meeting: Meeting, data: Partial<MeetingInputValues> & { cancelledAt?: Date }, what: string): Promise<Result<Meeting>> {
    let notices: Written[] = [];
    const saved = await this.db.$transaction(async (tx) => {
      const updated = await tx.meeting.update({ where: { id: meeting.id }, data: { ...data, sequence: { increment: 1 } } });
      notices = await notifyAttendees(tx, meeting.id, {
        kind: 'MEETING_CHANGED',
        subjectKey: `meeting:${meeting.id}/${what}:${updated.sequence}`,
        meetingId: meeting.id,
        exceptUserId: actor.id,
      });
      return updated;
    });
    await publish(this.events, notices);
    return ok(saved);
  }

}

function parse(input: unknown): Result<MeetingInputValues> {
  const parsed = meetingInputSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail(...toFieldErrors(parsed.error));
}
