import type { Database } from '@principle-six/db';
import type { InboxEvents } from '../notifications/inbox-events';
import { inBatches, notifyCoopMembers, type Written } from '../notifications/notify';

/** How long a referral may wait on its receiver before they are reminded. */
export const REMINDER_AFTER_MS = 7 * 86_400_000;
const BATCH = 200;

/**
 * Reminds receivers of referrals that have waited 7 days for them: passed and not answered, or
 * accepted and the prospect not yet contacted (following up is part of the deal). Once per
 * referral (referrals.reminded_at). Each batch is one transaction that locks its referrals
 * (SKIP LOCKED), so two workers never remind twice, and a crash mid-batch reminds nobody twice.
 */
export class ReferralReminders {
  constructor(
    private readonly db: Database,
    private readonly events: InboxEvents | null,
  ) {}

  /** Sends every reminder due; answers how many referrals were reminded about. */
  sendDue(now: Date = new Date()): Promise<number> {
    return inBatches(this.db, this.events, BATCH, async (tx) => {
      const due = await tx.$queryRaw<{ id: string; toCoopId: string }[]>`
        SELECT id, to_coop_id AS "toCoopId" FROM referrals
         WHERE stage IN ('PASSED', 'ACCEPTED') AND reminded_at IS NULL
           AND stage_changed_at <= ${new Date(now.getTime() - REMINDER_AFTER_MS)}::timestamptz
         ORDER BY stage_changed_at LIMIT ${BATCH}
         FOR UPDATE SKIP LOCKED`;
      const written: Written[] = [];
      for (const r of due) {
        written.push(
          ...(await notifyCoopMembers(tx, { coopId: r.toCoopId, kind: 'REFERRAL_REMINDER', subjectKey: `referral:${r.id}/reminder`, referralId: r.id })),
        );
      }
      if (due.length) await tx.referral.updateMany({ where: { id: { in: due.map((r) => r.id) } }, data: { remindedAt: now } });
      return { count: due.length, written };
    });
  }
}
