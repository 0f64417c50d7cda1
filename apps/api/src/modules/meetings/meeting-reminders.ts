import type { Database } from '@principle-six/db';
import type { InboxEvents } from '../notifications/inbox-events';
import { inBatches, notifyAttendees, type Written } from '../notifications/notify';

/** How long before a meeting those coming are reminded. */
export const MEETING_REMINDER_BEFORE_MS = 24 * 3_600_000;
const BATCH = 50;

/**
 * Reminds everyone going (or maybe going) of a meeting that starts within a day, through the
 * inbox and so the digest. Once per meeting (meetings.reminded_at); each batch is one transaction
 * that locks its meetings (SKIP LOCKED), so two workers never remind twice.
 */
export class MeetingReminders {
  constructor(
    private readonly db: Database,
    private readonly events: InboxEvents | null,
  ) {}

  sendDue(now: Date = new Date()): Promise<number> {
    return inBatches(this.db, this.events, BATCH, async (tx) => {
      const due = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM meetings
         WHERE reminded_at IS NULL AND cancelled_at IS NULL
           AND starts_at > ${now}::timestamptz AND starts_at <= ${new Date(now.getTime() + MEETING_REMINDER_BEFORE_MS)}::timestamptz
         ORDER BY starts_at LIMIT ${BATCH}
         FOR UPDATE SKIP LOCKED`;
      const written: Written[] = [];
      for (const m of due) {
        written.push(...(await notifyAttendees(tx, m.id, { kind: 'MEETING_REMINDER', subjectKey: `meeting:${m.id}/reminder`, meetingId: m.id })));
      }
      if (due.length) await tx.meeting.updateMany({ where: { id: { in: due.map((m) => m.id) } }, data: { remindedAt: now } });
      return { count: due.length, written };
    });
  }
}
