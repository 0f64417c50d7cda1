import type { Database, DigestFrequency, Notification, NotificationKind, User } from '@principle-six/db';
import { CLAIM_NOTICE_KINDS } from '../claims/claim-notices';
import { COUNCIL_NOTICE_KINDS } from '../councils/council-notices';
import { isId } from '../../errors/ids';
import { decodeTimeCursor, encodeTimeCursor, olderThan } from '../../graphql/time-cursor';
import { fail, invalidInput, ok, unauthenticated, type Result } from '../../errors/user-errors';

export const MAX_INBOX_PAGE = 100;

/** Kinds that stay in the inbox as long as the item does (match items go with their match). */
const LASTING_KINDS: NotificationKind[] = [
  'INTRODUCTION',
  'FULFILMENT_CLAIMED',
  'REFERRAL_RECEIVED',
  'REFERRAL_MOVED',
  'REFERRAL_REMINDER',
  'REFERRAL_FOR_NEED',
  'THANKS_RECEIVED',
  ...COUNCIL_NOTICE_KINDS,
  ...CLAIM_NOTICE_KINDS,
];

/**
 * Items a person sees: introductions, fulfilment claims, referrals and thanks always; match items
 * while their match lasts (a need that closed or was re-scored takes its items away with it).
 */
const VISIBLE = { OR: [{ kind: { in: LASTING_KINDS } }, { matchId: { not: null } }] };

export interface InboxPage {
  items: Notification[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * The inbox: listing, counting and marking read; and the person's email preference. Items are
 * written by notifyCoopMembers (notify.ts) and, for new matches in bulk, by the matcher.
 */
export class NotificationService {
  constructor(private readonly db: Database) {}

  byIdFor(userId: string, id: string): Promise<Notification | null> {
    return isId(id) ? this.db.notification.findFirst({ where: { id, userId } }) : Promise.resolve(null);
  }

  unreadCount(userId: string, coopId?: string): Promise<number> {
    return this.db.notification.count({ where: { userId, readAt: null, ...(coopId ? { coopId } : {}), ...VISIBLE } });
  }

  async page(userId: string, first: number, after: string | null, unreadOnly: boolean): Promise<Result<InboxPage>> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_INBOX_PAGE) {
      return fail(invalidInput(`Ask for 1 to ${MAX_INBOX_PAGE} items at a time.`, 'first'));
    }
    const cursor = after ? decodeTimeCursor(after) : null;
    if (after && !cursor) return fail(invalidInput('That page link is not valid; start from the first page.', 'after'));
    const rows = await this.db.notification.findMany({
      where: {
        userId,
        ...VISIBLE,
        ...(unreadOnly ? { readAt: null } : {}),
        ...olderThan(cursor),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: first + 1,
    });
    const items = rows.slice(0, first);
    const last = items.at(-1);
    return ok({ items, hasNextPage: rows.length > first, endCursor: last ? encodeTimeCursor(last) : null });
  }

  /** Marks the given items (or all) read; ids of other people's items are ignored. */
  async markRead(actor: User | null, ids: string[] | null | undefined): Promise<Result<number>> {
    if (!actor) return fail(unauthenticated('Sign in to see your inbox.'));
    if (ids && ids.some((id) => !isId(id))) return fail(invalidInput('Those are not inbox items.', 'ids'));
    await this.db.notification.updateMany({
      where: { userId: actor.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
      data: { readAt: new Date() },
    });
    return ok(await this.unreadCount(actor.id));
  }

  async preferences(userId: string): Promise<{ emailDigest: DigestFrequency }> {
    const row = await this.db.notificationPreference.findUnique({ where: { userId } });
    return { emailDigest: row?.emailDigest ?? 'DAILY' };
  }

  async updatePreferences(actor: User | null, emailDigest: string): Promise<Result<{ emailDigest: DigestFrequency }>> {
    if (!actor) return fail(unauthenticated('Sign in to choose your emails.'));
    if (!['DAILY', 'WEEKLY', 'NEVER'].includes(emailDigest)) {
      return fail(invalidInput('Choose daily, weekly or never.', 'emailDigest'));
    }
    const row = await this.db.notificationPreference.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, emailDigest: emailDigest as DigestFrequency },
      update: { emailDigest: emailDigest as DigestFrequency },
    });
    return ok({ emailDigest: row.emailDigest });
  }
}

