import type { Database, Meeting, User } from '@principle-six/db';
import { isOrganiser } from '../../access/councils-access';
import { isId } from '../../errors/ids';
import { fail, forbidden, notFound, ok, unauthenticated, type Result } from '../../errors/user-errors';

/** The meeting, when the actor organises its council; the refusal, naming the action, otherwise. */
export async function managedMeeting(db: Database, actor: User | null, meetingId: string, action: string): Promise<Result<Meeting>> {
  if (!actor) return fail(unauthenticated(`Sign in to ${action}.`));
  const meeting = isId(meetingId) ? await db.meeting.findUnique({ where: { id: meetingId } }) : null;
  if (!meeting) return fail(notFound('There is no such meeting.', 'meetingId'));
  if (!(await isOrganiser(db, meeting.councilId, actor.id))) return fail(forbidden(`Only the council’s organisers can ${action}.`));
  return ok(meeting);
}
