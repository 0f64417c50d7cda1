import type { NotificationKind, Prisma } from '@principle-six/db';
import type { InboxEvents } from './inbox-events';

/** What one inbox item is about; every member of `coopId` gets one. */
export interface CoopNotice {
  coopId: string;
  kind: NotificationKind;
  /** Stable for what it is about (see Notification.subjectKey): a second notice is not news. */
  subjectKey: string;
  needId?: string | null;
  matchId?: string | null;
  introductionId?: string | null;
  referralId?: string | null;
  thanksId?: string | null;
  /** The person whose act it announces: they know already. */
  exceptUserId?: string | null;
}

export interface Written {
  id: string;
  userId: string;
}

/**
 * The writer of inbox items for other modules: one item per member of the co-op, inside the
 * caller's transaction, so the items exist exactly when what they announce does. A member who
 * already has an item with this kind and subject key gets no second one (the unique index on
 * (user_id, kind, subject_key)), which also makes a repeated call harmless. Answers the items
 * written, for publishing once the transaction has committed (publish below).
 */
export async function notifyCoopMembers(tx: Prisma.TransactionClient, notice: CoopNotice): Promise<Written[]> {
  return tx.$queryRaw<Written[]>`
    INSERT INTO notifications (id, user_id, coop_id, kind, subject_key, need_id, match_id, introduction_id, referral_id, thanks_id)
    SELECT gen_random_uuid(), m.user_id, m.coop_id, ${notice.kind}::"NotificationKind", ${notice.subjectKey},
           ${notice.needId ?? null}::uuid, ${notice.matchId ?? null}::uuid, ${notice.introductionId ?? null}::uuid,
           ${notice.referralId ?? null}::uuid, ${notice.thanksId ?? null}::uuid
      FROM memberships m
     WHERE m.coop_id = ${notice.coopId}::uuid AND m.user_id IS DISTINCT FROM ${notice.exceptUserId ?? null}::uuid
    ON CONFLICT (user_id, kind, subject_key) DO NOTHING
    RETURNING id, user_id AS "userId"`;
}

/** Tells open inbox subscriptions; call after the transaction that wrote the items committed. */
export async function publish(events: Pick<InboxEvents, 'published'> | null, written: Written[]): Promise<void> {
  if (!events) return;
  for (const n of written) await events.published(n.userId, n.id);
}
