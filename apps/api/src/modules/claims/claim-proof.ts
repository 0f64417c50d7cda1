import type { ClaimEventKind, ClaimProof, CoopClaim, Database } from '@principle-six/db';
import { conflict, expired, fail, ok, type Result } from '../../errors/user-errors';
import type { InboxEvents } from '../notifications/inbox-events';
import { notifyPerson, publish, type Written } from '../notifications/notify';
import { ALREADY_CLAIMED, logClaimEvent } from './claim-rules';

const EVENT_OF: Record<ClaimProof, ClaimEventKind> = {
  EMAIL_DOMAIN: 'EMAIL_CONFIRMED',
  WEBSITE_TOKEN: 'WEBSITE_CONFIRMED',
  ADMIN_APPROVAL: 'APPROVED',
};

export const CLOSED_BY_ANOTHER = 'Someone else proved their claim to this co-op first. Ask its new owner to invite you.';

export interface Proof {
  kind: ClaimProof;
  /** Who proved it: the claimant, or the approving administrator. */
  actorId: string;
  /** The address confirmed, the page the token was on, the administrator's note. */
  detail: string | null;
}

/**
 * A proven claim, all in one transaction: the claimant becomes the co-op's owner, the claim is
 * approved and logged, and every other open claim on the co-op is closed, logged and its
 * claimant told. The co-op's row lock serialises two proofs at once; the second finds the co-op
 * run by the first and is refused, having written nothing.
 */
export async function proveClaim(db: Database, events: InboxEvents | null, claim: CoopClaim, proof: Proof): Promise<Result<CoopClaim>> {
  const outcome = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM coops WHERE id = ${claim.coopId}::uuid FOR UPDATE`;
    if ((await tx.membership.count({ where: { coopId: claim.coopId } })) > 0) return fail(conflict(ALREADY_CLAIMED));
    const now = new Date();
    const won = await tx.coopClaim.updateMany({
      where: { id: claim.id, status: 'OPEN', expiresAt: { gt: now } },
      data: {
        status: 'APPROVED',
        provenBy: proof.kind,
        closedAt: now,
        emailTokenHash: null,
        decidedById: proof.kind === 'ADMIN_APPROVAL' ? proof.actorId : null,
        closedReason: proof.kind === 'ADMIN_APPROVAL' ? proof.detail : null,
      },
    });
    if (won.count !== 1) return fail(expired('This claim is no longer open.'));
    await tx.membership.create({ data: { userId: claim.claimantId, coopId: claim.coopId, role: 'OWNER' } });
    await logClaimEvent(tx, claim, EVENT_OF[proof.kind], proof.actorId, proof.detail);

    const written: Written[] = [];
    if (proof.kind === 'ADMIN_APPROVAL') {
      written.push(...(await notifyPerson(tx, claim.claimantId, claim.coopId, { kind: 'CLAIM_APPROVED', subjectKey: `claim:${claim.id}`, claimId: claim.id })));
    }
    const others = await tx.coopClaim.findMany({ where: { coopId: claim.coopId, status: 'OPEN', id: { not: claim.id } } });
    if (others.length) {
      await tx.coopClaim.updateMany({
        where: { id: { in: others.map((o) => o.id) } },
        data: { status: 'CLOSED', closedAt: now, closedReason: CLOSED_BY_ANOTHER, emailTokenHash: null },
      });
      for (const other of others) {
        await logClaimEvent(tx, other, 'CLOSED', proof.actorId, CLOSED_BY_ANOTHER);
        written.push(...(await notifyPerson(tx, other.claimantId, null, { kind: 'CLAIM_CLOSED', subjectKey: `claim:${other.id}`, claimId: other.id })));
      }
    }
    return ok({ claim: await tx.coopClaim.findUniqueOrThrow({ where: { id: claim.id } }), written });
  });
  if (!outcome.ok) return outcome;
  await publish(events, outcome.value.written);
  return ok(outcome.value.claim);
}
