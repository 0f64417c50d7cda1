import type { CoopClaim, Database, User } from '@principle-six/db';
import { claimDecisionSchema, claimRejectionSchema, toFieldErrors } from '@principle-six/schema';
import { requireSiteAdmin } from '../../access/site-admin';
import { isId } from '../../errors/ids';
import { conflict, expired, fail, forbidden, notFound, ok, type Result } from '../../errors/user-errors';
import { decodeTimeCursor, encodeTimeCursor, olderThan } from '../../graphql/time-cursor';
import type { InboxEvents } from '../notifications/inbox-events';
import { notifyPerson, publish } from '../notifications/notify';
import type { ClaimEventConnectionModel, CoopClaimConnectionModel } from './claim-models';
import { proveClaim } from './claim-proof';
import { ALREADY_CLAIMED, claimStatus, isUnclaimed, logClaimEvent } from './claim-rules';

export const MAX_ADMIN_PAGE = 100;

/**
 * Site administrators' side of claims: approving or rejecting one (its claimant is told), the
 * queue of claims that asked for approval, and the log of every claim's steps.
 */
export class ClaimDecisions {
  constructor(
    private readonly db: Database,
    private readonly events: InboxEvents | null,
  ) {}

  private async decidable(actor: User | null, claimId: string, action: string): Promise<Result<CoopClaim>> {
    const refusal = requireSiteAdmin(actor, action);
    if (refusal) return refusal;
    const claim = isId(claimId) ? await this.db.coopClaim.findUnique({ where: { id: claimId } }) : null;
    if (!claim) return fail(notFound('There is no such claim.', 'claimId'));
    // One person does not act for both sides: another administrator decides an administrator's claim.
    if (claim.claimantId === actor!.id) return fail(forbidden('Another administrator must decide your own claim.', 'claimId'));
    const status = claimStatus(claim);
    if (status === 'EXPIRED') return fail(expired('This claim ran out before anyone decided it.', 'claimId'));
    if (status !== 'OPEN') return fail(conflict(`This claim is already over (${status.toLowerCase()}).`, 'claimId'));
    return ok(claim);
  }

  async approve(actor: User | null, input: { claimId: string; reason?: string | null }): Promise<Result<CoopClaim>> {
    const found = await this.decidable(actor, input.claimId, 'approve claims');
    if (!found.ok) return found;
    const parsed = claimDecisionSchema.safeParse({ reason: input.reason });
    if (!parsed.success) return fail(...toFieldErrors(parsed.error));
    if (!(await isUnclaimed(this.db, found.value.coopId))) return fail(conflict(ALREADY_CLAIMED, 'claimId'));
    return proveClaim(this.db, this.events, found.value, { kind: 'ADMIN_APPROVAL', actorId: actor!.id, detail: parsed.data.reason });
  }

  async reject(actor: User | null, input: { claimId: string; reason?: string | null }): Promise<Result<CoopClaim>> {
    const found = await this.decidable(actor, input.claimId, 'reject claims');
    if (!found.ok) return found;
    const parsed = claimRejectionSchema.safeParse({ reason: input.reason ?? '' });
    if (!parsed.success) return fail(...toFieldErrors(parsed.error));
    const outcome = await this.db.$transaction(async (tx) => {
      const closed = await tx.coopClaim.updateMany({
        where: { id: found.value.id, status: 'OPEN' },
        data: { status: 'REJECTED', closedAt: new Date(), closedReason: parsed.data.reason, decidedById: actor!.id, emailTokenHash: null },
      });
      if (closed.count !== 1) return null;
      const claim = await tx.coopClaim.findUniqueOrThrow({ where: { id: found.value.id } });
      await logClaimEvent(tx, claim, 'REJECTED', actor!.id, parsed.data.reason);
      const written = await notifyPerson(tx, claim.claimantId, null, { kind: 'CLAIM_REJECTED', subjectKey: `claim:${claim.id}`, claimId: claim.id });
      return { claim, written };
    });
    if (!outcome) return fail(conflict('This claim was decided a moment ago.', 'claimId'));
    await publish(this.events, outcome.written);
    return ok(outcome.claim);
  }

  /** Open, unexpired claims whose claimants asked for approval, oldest first. */
  async awaitingReview(first: number, after: string | null): Promise<Result<CoopClaimConnectionModel>> {
    const page = pageArgs(first, after);
    if (!page.ok) return page;
    const where = { status: 'OPEN' as const, expiresAt: { gt: new Date() }, reviewRequestedAt: { not: null } };
    const cursor = page.value;
    const [rows, totalCount] = await Promise.all([
      this.db.coopClaim.findMany({
        where: { ...where, ...(cursor ? { OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }] } : {}) },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: first + 1,
      }),
      this.db.coopClaim.count({ where }),
    ]);
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return ok({ nodes, hasNextPage: rows.length > first, endCursor: last ? encodeTimeCursor(last) : null, totalCount });
  }

  /** Every claim's steps, newest first: the log administrators read. */
  async eventLog(first: number, after: string | null): Promise<Result<ClaimEventConnectionModel>> {
    const page = pageArgs(first, after);
    if (!page.ok) return page;
    const rows = await this.db.claimEvent.findMany({ where: olderThan(page.value), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: first + 1 });
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return ok({ nodes, hasNextPage: rows.length > first, endCursor: last ? encodeTimeCursor(last) : null });
  }

  /** One claim's steps, oldest first. */
  history(claimId: string) {
    return this.db.claimEvent.findMany({ where: { claimId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }
}

/** The same page rules as every list: 1 to 100 at a time, a cursor we made. */
export function pageArgs(first: number, after: string | null): Result<{ createdAt: Date; id: string } | null> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_ADMIN_PAGE) {
    return fail({ code: 'INVALID_INPUT', field: 'first', message: `Ask for 1 to ${MAX_ADMIN_PAGE} at a time.` });
  }
  const cursor = after ? decodeTimeCursor(after) : null;
  if (after && !cursor) return fail({ code: 'INVALID_INPUT', field: 'after', message: 'That page link is not valid; start from the first page.' });
  return ok(cursor);
}
