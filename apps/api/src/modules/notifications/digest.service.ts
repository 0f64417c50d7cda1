import { Prisma, type Database, type DigestFrequency, type NotificationKind } from '@principle-six/db';
import { claimNoticeLine } from '../claims/claim-notices';
import { councilNotice, meetingIntroductionLine } from '../councils/council-notices';
import { STAGE_WORDS } from '../referrals/referral-stages';
import type { Mailer } from './mailer';

const DAY_MS = 86_400_000;
const PERIOD_MS: Record<Exclude<DigestFrequency, 'NEVER'>, number> = { DAILY: DAY_MS, WEEKLY: 7 * DAY_MS };
/** People read from the queue at a time; a run goes through the whole queue, a batch at a time. */
export const DIGEST_BATCH = 200;

interface DigestItem {
  id: string;
  kind: NotificationKind;
  coopName: string | null;
  coopSlug: string | null;
  needTitle: string | null;
  needId: string | null;
  otherCoopName: string | null;
  offerTitle: string | null;
  referralId: string | null;
  /** The referral's giver and receiver, or the thank-you's thanker and credited co-op. */
  fromName: string | null;
  toName: string | null;
  subjectKey: string;
  thanksAmount: number | null;
  thanksCurrency: string | null;
  thanksStatus: string | null;
  councilName: string | null;
  councilSlug: string | null;
  timeZone: string | null;
  meetingId: string | null;
  meetingTitle: string | null;
  meetingStartsAt: Date | null;
  meetingCancelled: boolean;
  attendeeStatus: string | null;
  /** For an introduction made at a meeting: the other co-op and the meeting. */
  introOtherName: string | null;
  introMeetingTitle: string | null;
  /** For an item about the reader's claim: the co-op claimed, why it was rejected. */
  claimId: string | null;
  claimCoopName: string | null;
  claimReason: string | null;
}

/**
 * Whether an inbox item (x, with its need n left-joined) is still worth mailing: unread, not
 * yet emailed, and its reader still a member of the co-op it is about (someone who left does
 * not get its referrals and thanks by mail); a fulfilment claim while it awaits an answer;
 * referral and thanks items as they are; anything else while its need is open and unexpired
 * and, for match items, while the match lasts. The queue (sendDue) and the
 * items (sendTo) use this one predicate, so nobody is queued who has nothing to send: a person
 * with only stale items would otherwise be picked by every run and never leave the queue.
 */
const sendable = (now: Date) => Prisma.sql`
  x.emailed_at IS NULL AND x.read_at IS NULL
  AND (x.coop_id IS NULL OR EXISTS (SELECT 1 FROM memberships mx WHERE mx.user_id = x.user_id AND mx.coop_id = x.coop_id))
  AND CASE WHEN x.kind = 'FULFILMENT_CLAIMED' THEN n.fulfilment_status IS NOT DISTINCT FROM 'CLAIMED'
           WHEN x.kind IN ('COUNCIL_INVITATION', 'COUNCIL_REQUEST', 'COUNCIL_JOINED') THEN true
           -- News of a meeting is worth mailing until it ends (an introduction made there, always).
           WHEN x.kind IN ('MEETING_SCHEDULED', 'MEETING_CHANGED', 'MEETING_REMINDER', 'VISITOR_REQUEST', 'VISITOR_ANSWERED') THEN EXISTS (SELECT 1 FROM meetings mt WHERE mt.id = x.meeting_id AND mt.ends_at > ${now}::timestamptz)
           WHEN x.kind IN ('REFERRAL_RECEIVED', 'REFERRAL_MOVED', 'REFERRAL_REMINDER', 'THANKS_RECEIVED') THEN true
           WHEN x.kind IN ('CLAIM_APPROVED', 'CLAIM_REJECTED', 'CLAIM_CLOSED') THEN true
           ELSE (x.need_id IS NULL OR (n.status = 'OPEN' AND n.expires_at > ${now}::timestamptz))
                AND (x.kind IN ('INTRODUCTION', 'REFERRAL_FOR_NEED') OR x.match_id IS NOT NULL) END`;

/**
 * The email digest: each person's inbox items not yet emailed, daily or weekly as they chose.
 * An item is emailed once (notifications.emailed_at); items about needs that have closed or
 * expired, or matches that have gone, are left out; people who chose NEVER get nothing, and nor
 * does an account whose email address is not confirmed (it may not be theirs).
 */
export class DigestService {
  constructor(
    private readonly db: Database,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
  ) {}

  /**
   * Sends every digest that is due; answers how many were sent. The queue is read in id order a
   * batch at a time, each batch after the last one's final id, so a run always moves past
   * everyone it has looked at, whether their mail went, had nothing left or failed.
   */
  async sendDue(now: Date = new Date()): Promise<number> {
    let sent = 0;
    const failures: unknown[] = [];
    for (let after: string | null = null; ; ) {
      const due = await this.dueAfter(after, now);
      for (const { userId } of due) {
        try {
          if (await this.sendTo(userId, now)) sent++;
        } catch (error) {
          // One address the mail server refuses must not keep everyone after it waiting.
          failures.push(error);
        }
      }
      if (due.length < DIGEST_BATCH) break;
      after = due.at(-1)!.userId;
    }
    if (failures.length > 0) throw new AggregateError(failures, `${failures.length} digest(s) failed; ${sent} sent`);
    return sent;
  }

  private dueAfter(after: string | null, now: Date) {
    return this.db.$queryRaw<{ userId: string }[]>`
      SELECT u.id AS "userId" FROM users u
        LEFT JOIN notification_preferences p ON p.user_id = u.id
       WHERE u.email_verified_at IS NOT NULL
         AND coalesce(p.email_digest, 'DAILY') <> 'NEVER'
         AND (p.last_digest_at IS NULL
              OR p.last_digest_at <= ${now}::timestamptz - CASE coalesce(p.email_digest, 'DAILY')
                   WHEN 'WEEKLY' THEN ${PERIOD_MS.WEEKLY / 1000} * interval '1 second'
                   ELSE ${PERIOD_MS.DAILY / 1000} * interval '1 second' END)
         AND EXISTS (SELECT 1 FROM notifications x LEFT JOIN needs n ON n.id = x.need_id
                      WHERE x.user_id = u.id AND ${sendable(now)})
         ${after ? Prisma.sql`AND u.id > ${after}::uuid` : Prisma.empty}
       ORDER BY u.id LIMIT ${DIGEST_BATCH}`;
  }

  /**
   * One person's digest, in one transaction: the items are locked, mailed and marked together,
   * so two workers cannot both send them, and a failed send marks nothing.
   */
  private async sendTo(userId: string, now: Date): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId } });
      if (!user?.emailVerifiedAt) return false;
      const items = await tx.$queryRaw<DigestItem[]>`
        SELECT x.id, x.kind::text AS kind, c.name AS "coopName", c.slug AS "coopSlug", n.title AS "needTitle", n.id AS "needId",
               CASE WHEN x.kind = 'INTRODUCTION' THEN fc.name
                    WHEN x.kind = 'MATCH_FOR_NEED' THEN pc.name ELSE nc.name END AS "otherCoopName",
               o.title AS "offerTitle", x.referral_id AS "referralId", x.subject_key AS "subjectKey",
               CASE WHEN x.kind = 'THANKS_RECEIVED' THEN tf.name ELSE rf.name END AS "fromName",
               CASE WHEN x.kind = 'THANKS_RECEIVED' THEN tt.name ELSE rt.name END AS "toName",
               bt.amount AS "thanksAmount", bt.currency AS "thanksCurrency", bt.status::text AS "thanksStatus",
               cn.name AS "councilName", cn.slug AS "councilSlug", cn.time_zone AS "timeZone", mt.id AS "meetingId",
               mt.title AS "meetingTitle", mt.starts_at AS "meetingStartsAt", mt.cancelled_at IS NOT NULL AS "meetingCancelled",
               ma.status::text AS "attendeeStatus", ic.name AS "introOtherName", im.title AS "introMeetingTitle",
               cl.id AS "claimId", cc.name AS "claimCoopName", cl.closed_reason AS "claimReason"
          FROM notifications x
          LEFT JOIN coops c ON c.id = x.coop_id
          LEFT JOIN meetings mt ON mt.id = x.meeting_id
          LEFT JOIN councils cn ON cn.id = COALESCE(x.council_id, mt.council_id)
          LEFT JOIN meeting_attendees ma ON ma.meeting_id = x.meeting_id AND ma.user_id = x.user_id
          LEFT JOIN needs n ON n.id = x.need_id
          LEFT JOIN coops nc ON nc.id = n.coop_id
          LEFT JOIN matches m ON m.id = x.match_id
          LEFT JOIN coops pc ON pc.id = m.provider_coop_id
          LEFT JOIN offers o ON o.id = m.offer_id
          LEFT JOIN introductions i ON i.id = x.introduction_id
          LEFT JOIN coops fc ON fc.id = i.from_coop_id
          LEFT JOIN coops ic ON ic.id = CASE WHEN i.from_coop_id = x.coop_id THEN i.to_coop_id ELSE i.from_coop_id END
          LEFT JOIN meetings im ON im.id = i.meeting_id
          LEFT JOIN referrals r ON r.id = x.referral_id
          LEFT JOIN coops rf ON rf.id = r.from_coop_id
          LEFT JOIN coops rt ON rt.id = r.to_coop_id
          LEFT JOIN business_thanks bt ON bt.id = x.thanks_id
          LEFT JOIN coops tf ON tf.id = bt.from_coop_id
          LEFT JOIN coops tt ON tt.id = bt.to_coop_id
          LEFT JOIN coop_claims cl ON cl.id = x.claim_id
          LEFT JOIN coops cc ON cc.id = cl.coop_id
         WHERE x.user_id = ${userId}::uuid AND ${sendable(now)}
         ORDER BY x.created_at, x.id
         FOR UPDATE OF x SKIP LOCKED`;
      if (items.length === 0) return false;
      await this.mailer.send({
        to: user.email,
        subject: `Principle Six: ${items.length} new for your co-op${items.length === 1 ? '' : 's'}`,
        text: this.render(user.displayName, items),
      });
      await tx.notification.updateMany({ where: { id: { in: items.map((i) => i.id) } }, data: { emailedAt: now } });
      await tx.notificationPreference.upsert({
        where: { userId },
        create: { userId, lastDigestAt: now },
        update: { lastDigestAt: now },
      });
      return true;
    }, { timeout: 30_000 });
  }

  private render(name: string, items: DigestItem[]): string {
    const lines = items.map((item) => {
      const link = item.needId ? `${this.publicUrl}/needs/${item.needId}` : `${this.publicUrl}/inbox`;
      const referralLink = item.referralId ? `${this.publicUrl}/referrals/${item.referralId}` : `${this.publicUrl}/inbox`;
      const council = councilNotice(item);
      if (council) return `- ${council.text}: ${this.publicUrl}${council.path}`;
      if (item.claimId) return `- ${claimNoticeLine(item.kind, item.claimCoopName, item.claimReason)}: ${this.publicUrl}/claims/${item.claimId}`;
      switch (item.kind) {
        case 'REFERRAL_RECEIVED':
          return `- ${item.fromName} passed ${item.toName} a referral; accept or decline it: ${referralLink}`;
        case 'REFERRAL_MOVED': {
          const stage = item.subjectKey.split('/')[1] as keyof typeof STAGE_WORDS | undefined;
          return `- Referral from ${item.fromName} to ${item.toName}: ${stage && stage in STAGE_WORDS ? STAGE_WORDS[stage] : 'moved on'}: ${referralLink}`;
        }
        case 'REFERRAL_REMINDER':
          return `- A referral from ${item.fromName} has waited a week for ${item.toName} to follow it up: ${referralLink}`;
        case 'REFERRAL_FOR_NEED':
          return `- ${item.fromName} recommends ${item.toName} for "${item.needTitle}": ${link}`;
        case 'THANKS_RECEIVED':
          return `- ${item.fromName} thanked ${item.toName} for ${item.thanksAmount} ${item.thanksCurrency?.trim()} of business${item.thanksStatus === 'PENDING' ? '; confirm it' : ''}: ${this.publicUrl}/coops/${item.coopSlug}/referrals?tab=thanks`;
        case 'MATCH_FOR_NEED':
          return `- ${item.otherCoopName} could meet "${item.needTitle}"${item.offerTitle ? ` with "${item.offerTitle}"` : ''}: ${link}`;
        case 'NEED_FOR_PROVIDER':
          return `- ${item.otherCoopName} needs "${item.needTitle}", and ${item.coopName} fits: ${link}`;
        case 'INTRODUCTION':
          if (item.introMeetingTitle) return `- ${meetingIntroductionLine(item.introOtherName, item.introMeetingTitle)}: ${this.publicUrl}/inbox`;
          return `- ${item.otherCoopName} introduced itself to ${item.coopName}: ${link}`;
        case 'FULFILMENT_CLAIMED':
          return `- ${item.otherCoopName} says ${item.coopName} met "${item.needTitle}"; confirm or reject it: ${link}`;
      }
    });
    return [
      `Hello ${name},`,
      '',
      'New on Principle Six since your last digest:',
      '',
      ...lines,
      '',
      `Choose how often these come, or stop them, at ${this.publicUrl}/inbox.`,
    ].join('\n');
  }
}
