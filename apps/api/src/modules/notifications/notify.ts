import { Prisma, type Database, type NotificationKind } from '@principle-six/db';
import type { InboxEvents } from './inbox-events';

/** What one inbox item is about. */
export interface Notice {
  kind: NotificationKind;
  /** Stable for what it is about (see Notification.subjectKey): a second notice is not news. */
  subjectKey: string;
  needId?: string | null;
  matchId?: string | null;
  introductionId?: string | null;
  referralId?: string | null;
  thanksId?: string | null;
  councilId?: string | null;
  meetingId?: string | null;
  /** A claim to a co-op (the reader's). */
  claimId?: string | null;
  /** The person whose act it announces: they know already. */
  exceptUserId?: string | null;
}

/** An item for every member of `coopId`. */
export interface CoopNotice extends Notice {
  coopId: string;
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
export function notifyCoopMembers(tx: Prisma.TransactionClient, notice: CoopNotice): Promise<Written[]> {
  return insertFor(tx, notice, Prisma.sql`SELECT m.user_id, m.coop_id FROM memberships m WHERE m.coop_id = ${notice.coopId}::uuid`);
}

/** An item for each organiser of the council, about no co-op of theirs (a request to answer, say). */
export function notifyOrganisers(tx: Prisma.TransactionClient, councilId: string, notice: Notice): Promise<Written[]> {
  return insertFor(tx, { councilId, ...notice }, Prisma.sql`SELECT o.user_id, NULL::uuid FROM council_organisers o WHERE o.council_id = ${councilId}::uuid`);
}

/** An item for every person in the council's member co-ops, about their co-op (once each). */
export function notifyCouncilMembers(tx: Prisma.TransactionClient, councilId: string, notice: Notice): Promise<Written[]> {
  return insertFor(
    tx,
    { councilId, ...notice },
    Prisma.sql`SELECT DISTINCT ON (m.user_id) m.user_id, m.coop_id
                 FROM council_members cm JOIN memberships m ON m.coop_id = cm.coop_id
                WHERE cm.council_id = ${councilId}::uuid AND cm.status = 'MEMBER'
                ORDER BY m.user_id, m.coop_id`,
  );
}

/** An item for each person coming to the meeting (going or maybe), about the co-op they come for. */
export function notifyAttendees(tx: Prisma.TransactionClient, meetingId: string, notice: Notice): Promise<Written[]> {
  return insertFor(
    tx,
    { meetingId, ...notice },
    Prisma.sql`SELECT a.user_id, a.coop_id FROM meeting_attendees a WHERE a.meeting_id = ${meetingId}::uuid AND a.status IN ('GOING', 'MAYBE')`,
  );
}

/** An item for one person, about the co-op given (or none). */
export function notifyPerson(tx: Prisma.TransactionClient, userId: string, coopId: string | null, notice: Notice): Promise<Written[]> {
  return insertFor(tx, notice, Prisma.sql`SELECT ${userId}::uuid, ${coopId}::uuid`);
}

/** Writes the notice for each (user_id, coop_id) the query gives, but the actor. */
function insertFor(tx: Prisma.TransactionClient, notice: Notice, readers: Prisma.Sql): Promise<Written[]> {
  return tx.$queryRaw<Written[]>`
    INSERT INTO notifications (id, user_id, coop_id, kind, subject_key, need_id, match_id, introduction_id, referral_id, thanks_id, council_id, meeting_id, claim_id)
    SELECT gen_random_uuid(), r.user_id, r.coop_id, ${notice.kind}::"NotificationKind", ${notice.subjectKey},
           ${notice.needId ?? null}::uuid, ${notice.matchId ?? null}::uuid, ${notice.introductionId ?? null}::uuid,
           ${notice.referralId ?? null}::uuid, ${notice.thanksId ?? null}::uuid, ${notice.councilId ?? null}::uuid,
           ${notice.meetingId ?? null}::uuid, ${notice.claimId ?? null}::uuid
      FROM (${readers}) AS r (user_id, coop_id)
     WHERE r.user_id IS DISTINCT FROM ${notice.exceptUserId ?? null}::uuid
    ON CONFLICT (user_id, kind, subject_key) DO NOTHING
    RETURNING id, user_id AS "userId"`;
}

/** Tells open inbox subscriptions; call after the transaction that wrote the items committed. */
export async function publish(events: Pick<InboxEvents, 'published'> | null, written: Written[]): Promise<void> {
  if (!events) return;
  for (const n of written) await events.published(n.userId, n.id);
}

/**
 * A job that writes inbox items a batch at a time: each batch is one transaction (its rows locked
 * by `batch`, SKIP LOCKED, so two workers never do one twice), published once it commits, until a
 * batch comes back short. Answers how many rows were done.
 */
export async function inBatches(
  db: Database,
  events: Pick<InboxEvents, 'published'> | null,
  size: number,
  batch: (tx: Prisma.TransactionClient) => Promise<{ count: number; written: Written[] }>,
): Promise<number> {
  let done = 0;
  for (;;) {
    const { count, written } = await db.$transaction(batch, { timeout: 30_000 });
    await publish(events, written);
    done += count;
    if (count < size) return done;
  }
}
