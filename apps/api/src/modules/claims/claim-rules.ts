import type { ClaimEventKind, CoopClaim, Database, Prisma, User } from '@principle-six/db';
import { requireVerifiedEmail } from '../../access/coop-access';
import { isId } from '../../errors/ids';
import { conflict, expired, fail, notFound, ok, unauthenticated, type Result } from '../../errors/user-errors';

/** A claim not proven in this many days is over. */
export const CLAIM_DAYS = 30;
/** A mailed confirmation link works this long. */
export const CLAIM_EMAIL_HOURS = 48;
/** Open claims one person may hold at once. */
export const MAX_OPEN_CLAIMS = 3;

export type Tx = Prisma.TransactionClient;

/** A claim's status as people see it: open past its end reads as expired. */
export function claimStatus(claim: Pick<CoopClaim, 'status' | 'expiresAt'>, now = new Date()) {
  return claim.status === 'OPEN' && claim.expiresAt <= now ? ('EXPIRED' as const) : claim.status;
}

export function isOpen(claim: Pick<CoopClaim, 'status' | 'expiresAt'>, now = new Date()): boolean {
  return claimStatus(claim, now) === 'OPEN';
}

/** Writes one step of a claim to its append-only log, in the caller's transaction. */
export function logClaimEvent(tx: Tx, claim: Pick<CoopClaim, 'id' | 'coopId'>, kind: ClaimEventKind, actorId: string | null, detail: string | null = null) {
  return tx.claimEvent.create({ data: { claimId: claim.id, coopId: claim.coopId, actorId, kind, detail } });
}

/** A co-op nobody runs yet: no members. */
export async function isUnclaimed(db: Pick<Database, 'membership'>, coopId: string): Promise<boolean> {
  return (await db.membership.count({ where: { coopId } })) === 0;
}

export const ALREADY_CLAIMED = 'This co-op is already run by its members on Principle Six. Ask one of them to invite you.';

/** Closes the person's open claims past their end (when they next act), logging each. */
export async function closeExpiredClaims(tx: Tx, where: Prisma.CoopClaimWhereInput, now = new Date()): Promise<void> {
  const stale = await tx.coopClaim.findMany({ where: { ...where, status: 'OPEN', expiresAt: { lte: now } }, select: { id: true, coopId: true } });
  if (!stale.length) return;
  await tx.coopClaim.updateMany({
    where: { id: { in: stale.map((c) => c.id) }, status: 'OPEN' },
    data: { status: 'CLOSED', closedAt: now, closedReason: `Not proven within ${CLAIM_DAYS} days.`, emailTokenHash: null },
  });
  for (const claim of stale) await logClaimEvent(tx, claim, 'EXPIRED', null);
}

/**
 * The actor's own claim, still open: what every claimant step starts from. Someone else's claim
 * is not found (its existence is nobody else's business).
 */
export async function ownOpenClaim(db: Database, actor: User | null, claimId: string, action: string): Promise<Result<CoopClaim>> {
  if (!actor) return fail(unauthenticated(`Sign in to ${action}.`));
  const unverified = requireVerifiedEmail(actor, action);
  if (unverified) return unverified;
  const claim = isId(claimId) ? await db.coopClaim.findUnique({ where: { id: claimId } }) : null;
  if (!claim || claim.claimantId !== actor.id) return fail(notFound('There is no such claim of yours.', 'claimId'));
  const status = claimStatus(claim);
  if (status === 'EXPIRED') return fail(expired(`This claim ran out after ${CLAIM_DAYS} days. Start a new one from the co-op's page.`, 'claimId'));
  if (status !== 'OPEN') return fail(conflict(`This claim is over (${status.toLowerCase()}).`, 'claimId'));
  if (!(await isUnclaimed(db, claim.coopId))) return fail(conflict(ALREADY_CLAIMED, 'claimId'));
  return ok(claim);
}
