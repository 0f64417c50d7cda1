import type { Database, ModerationAction, Prisma, Report, User } from '@principle-six/db';
import { moderationReasonSchema, reportSchema, toFieldErrors } from '@principle-six/schema';
import { membershipsFromDb } from '../../access/postings-access';
import { requireSiteAdmin } from '../../access/site-admin';
import { isUniqueViolation } from '../../errors/prisma-errors';
import { conflict, fail, notFound, ok, unauthenticated, type Result } from '../../errors/user-errors';
import { encodeTimeCursor, olderThan } from '../../graphql/time-cursor';
import { enqueue } from '../../jobs/queue';
import { pageArgs } from '../claims/claim-decisions';
import type { ModerationActionConnectionModel, ReportConnectionModel, Subject } from './moderation-models';
import { findSubject, SUBJECT_WORDS, subjectColumns, subjectWhere } from './subjects';

type Tx = Prisma.TransactionClient;

export interface SubjectInput {
  kind: string;
  id: string;
}

const ALREADY_REPORTED = 'You have reported this already; a site administrator will look at it.';

/**
 * Reports and what site administrators do about them: hiding a profile or posting (and showing
 * it again), or dismissing its reports. What "hidden" means to readers is access/visibility.ts;
 * here it is written, with who, when and why in moderation_actions, and matching is brought in
 * line in the same transaction (a hidden item's matches go; showing it again re-matches it).
 */
export class ModerationService {
  constructor(private readonly db: Database) {}

  async report(actor: User | null, input: { subject: SubjectInput; reason: string }): Promise<Result<Report>> {
    if (!actor) return fail(unauthenticated('Sign in to report something.'));
    const parsed = reportSchema.safeParse({ reason: input.reason });
    if (!parsed.success) return fail(...toFieldErrors(parsed.error));
    const subject = await findSubject(this.db, input.subject, membershipsFromDb(this.db, actor.id));
    if (!subject) return fail(notFound('There is no such profile or posting.', 'subject'));
    const where = { reporterId: actor.id, status: 'OPEN' as const, ...subjectWhere(subject) };
    if (await this.db.report.count({ where })) return fail(conflict(ALREADY_REPORTED, 'subject'));
    try {
      return ok(await this.db.report.create({ data: { reporterId: actor.id, reason: parsed.data.reason, ...subjectColumns(subject) } }));
    } catch (error) {
      if (isUniqueViolation(error)) return fail(conflict(ALREADY_REPORTED, 'subject'));
      throw error;
    }
  }

  /** Hides the item from everyone but its co-op's members and administrators; its open reports are actioned. */
  hide(actor: User | null, input: { subject: SubjectInput; reason: string }): Promise<Result<ModerationAction>> {
    return this.act(actor, input, 'hide profiles and postings', async (tx, subject, reason) => {
      if (subject.hiddenAt) return fail(conflict(`This ${SUBJECT_WORDS[subject.kind]} is hidden already.`, 'subject'));
      await setHidden(tx, subject, new Date());
      await dropMatches(tx, subject);
      await tx.report.updateMany({
        where: { status: 'OPEN', ...subjectWhere(subject) },
        data: { status: 'ACTIONED', resolvedById: actor!.id, resolvedAt: new Date() },
      });
      return ok(await tx.moderationAction.create({ data: { kind: 'HIDE', actorId: actor!.id, reason, ...subjectColumns(subject) } }));
    });
  }

  /** Shows a hidden item again and queues it for matching. */
  unhide(actor: User | null, input: { subject: SubjectInput; reason: string }): Promise<Result<ModerationAction>> {
    return this.act(actor, input, 'show hidden profiles and postings', async (tx, subject, reason) => {
      if (!subject.hiddenAt) return fail(conflict(`This ${SUBJECT_WORDS[subject.kind]} is not hidden.`, 'subject'));
      await setHidden(tx, subject, null);
      await rematch(tx, subject);
      return ok(await tx.moderationAction.create({ data: { kind: 'UNHIDE', actorId: actor!.id, reason, ...subjectColumns(subject) } }));
    });
  }

  /** Closes the item's open reports with nothing hidden. */
  dismiss(actor: User | null, input: { subject: SubjectInput; reason: string }): Promise<Result<ModerationAction>> {
    return this.act(actor, input, 'dismiss reports', async (tx, subject, reason) => {
      const closed = await tx.report.updateMany({
        where: { status: 'OPEN', ...subjectWhere(subject) },
        data: { status: 'DISMISSED', resolvedById: actor!.id, resolvedAt: new Date() },
      });
      if (closed.count === 0) return fail(conflict(`This ${SUBJECT_WORDS[subject.kind]} has no open reports.`, 'subject'));
      return ok(await tx.moderationAction.create({ data: { kind: 'DISMISS', actorId: actor!.id, reason, ...subjectColumns(subject) } }));
    });
  }

  /** Why the item (or, for a posting, its co-op) is hidden: the latest HIDE's reason. */
  async hiddenReason(subject: Pick<Subject, 'kind' | 'coopId' | 'needId' | 'offerId'>): Promise<string> {
    const action = await this.db.moderationAction.findFirst({
      where: { kind: 'HIDE', ...subjectWhere({ ...subject, hiddenAt: null }) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
    return action?.reason ?? 'Hidden by a site administrator.';
  }

  async openReports(first: number, after: string | null): Promise<Result<ReportConnectionModel>> {
    const page = pageArgs(first, after);
    if (!page.ok) return page;
    const c = page.value;
    const [rows, totalCount] = await Promise.all([
      this.db.report.findMany({
        where: { status: 'OPEN', ...(c ? { OR: [{ createdAt: { gt: c.createdAt } }, { createdAt: c.createdAt, id: { gt: c.id } }] } : {}) },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: first + 1,
      }),
      this.db.report.count({ where: { status: 'OPEN' } }),
    ]);
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return ok({ nodes, hasNextPage: rows.length > first, endCursor: last ? encodeTimeCursor(last) : null, totalCount });
  }

  async actions(first: number, after: string | null): Promise<Result<ModerationActionConnectionModel>> {
    const page = pageArgs(first, after);
    if (!page.ok) return page;
    const rows = await this.db.moderationAction.findMany({ where: olderThan(page.value), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: first + 1 });
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return ok({ nodes, hasNextPage: rows.length > first, endCursor: last ? encodeTimeCursor(last) : null });
  }

  /** An administrator's act on one item, in one transaction, refused whole when `run` refuses. */
  private async act<T>(
    actor: User | null,
    input: { subject: SubjectInput; reason: string },
    action: string,
    run: (tx: Tx, subject: Subject, reason: string) => Promise<Result<T>>,
  ): Promise<Result<T>> {
    const refusal = requireSiteAdmin(actor, action);
    if (refusal) return refusal;
    const parsed = moderationReasonSchema.safeParse({ reason: input.reason });
    if (!parsed.success) return fail(...toFieldErrors(parsed.error));
    const subject = await findSubject(this.db, input.subject, membershipsFromDb(this.db, actor!.id));
    if (!subject) return fail(notFound('There is no such profile or posting.', 'subject'));
    return this.db.$transaction(async (tx) => {
      // The item's row lock: two administrators at once act one after the other.
      const locked = await lockSubject(tx, subject);
      if (!locked) return fail(notFound('There is no such profile or posting.', 'subject'));
      return run(tx, { ...subject, hiddenAt: locked.hiddenAt }, parsed.data.reason);
    });
  }
}

async function lockSubject(tx: Tx, subject: Subject): Promise<{ hiddenAt: Date | null } | null> {
  const rows =
    subject.kind === 'COOP'
      ? await tx.$queryRaw<{ hiddenAt: Date | null }[]>`SELECT hidden_at AS "hiddenAt" FROM coops WHERE id = ${subject.coopId}::uuid FOR UPDATE`
      : subject.kind === 'NEED'
        ? await tx.$queryRaw<{ hiddenAt: Date | null }[]>`SELECT hidden_at AS "hiddenAt" FROM needs WHERE id = ${subject.needId}::uuid FOR UPDATE`
        : await tx.$queryRaw<{ hiddenAt: Date | null }[]>`SELECT hidden_at AS "hiddenAt" FROM offers WHERE id = ${subject.offerId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/** Raw, so that updated_at keeps saying when its people last changed it. */
async function setHidden(tx: Tx, subject: Subject, at: Date | null): Promise<void> {
  if (subject.kind === 'COOP') await tx.$executeRaw`UPDATE coops SET hidden_at = ${at}::timestamptz WHERE id = ${subject.coopId}::uuid`;
  else if (subject.kind === 'NEED') await tx.$executeRaw`UPDATE needs SET hidden_at = ${at}::timestamptz WHERE id = ${subject.needId}::uuid`;
  else await tx.$executeRaw`UPDATE offers SET hidden_at = ${at}::timestamptz WHERE id = ${subject.offerId}::uuid`;
}

/** A hidden item is matched with nothing: its matches go now (the matcher leaves it out from then on). */
async function dropMatches(tx: Tx, subject: Subject): Promise<void> {
  if (subject.kind === 'NEED') await tx.match.deleteMany({ where: { needId: subject.needId! } });
  else if (subject.kind === 'OFFER') await tx.match.deleteMany({ where: { offerId: subject.offerId! } });
  else await tx.match.deleteMany({ where: { OR: [{ providerCoopId: subject.coopId }, { need: { coopId: subject.coopId } }] } });
}

/** Shown again: its open needs and offers are matched afresh (a co-op's profile as others' needs are). */
async function rematch(tx: Tx, subject: Subject): Promise<void> {
  const open = { status: 'OPEN' as const, expiresAt: { gt: new Date() } };
  const needs = subject.kind === 'NEED' ? [subject.needId!] : subject.kind === 'COOP' ? (await tx.need.findMany({ where: { coopId: subject.coopId, ...open }, select: { id: true } })).map((n) => n.id) : [];
  const offers = subject.kind === 'OFFER' ? [subject.offerId!] : subject.kind === 'COOP' ? (await tx.offer.findMany({ where: { coopId: subject.coopId, ...open }, select: { id: true } })).map((o) => o.id) : [];
  for (const needId of needs) await enqueue(tx, 'match-need', { needId }, { jobKey: `match-need:${needId}` });
  for (const offerId of offers) await enqueue(tx, 'match-offer', { offerId }, { jobKey: `match-offer:${offerId}` });
}
