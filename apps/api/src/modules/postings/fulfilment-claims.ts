import type { Database, Need, User } from '@principle-six/db';
import { canAnswerFulfilment, membershipsFromDb } from '../../access/postings-access';
import { isId } from '../../errors/ids';
import { conflict, fail, forbidden, notFound, ok, unauthenticated, type Result } from '../../errors/user-errors';

/**
 * Answers to "fulfilled by": when a co-op closes a need naming another as the one that met it
 * (NeedService.close), that is only a claim, since it feeds the ranking (past dealings). The
 * named co-op's members confirm or reject it, once; only confirmed ones count.
 */
export class FulfilmentClaims {
  constructor(private readonly db: Database) {}

  confirm(actor: User | null, needId: string): Promise<Result<Need>> {
    return this.answer(actor, needId, 'CONFIRMED');
  }

  reject(actor: User | null, needId: string): Promise<Result<Need>> {
    return this.answer(actor, needId, 'REJECTED');
  }

  private async answer(actor: User | null, needId: string, answer: 'CONFIRMED' | 'REJECTED'): Promise<Result<Need>> {
    if (!actor) return fail(unauthenticated('Sign in to answer for your co-op.'));
    const need = isId(needId) ? await this.db.need.findUnique({ where: { id: needId } }) : null;
    if (!need) return fail(notFound('There is no such need.', 'needId'));
    if (!need.fulfilledByCoopId) return fail(conflict('No co-op was named as meeting this need.', 'needId'));
    // Asked as if the claim were open, so that a member of the named co-op learns it was already
    // answered (CONFLICT) and anyone else only that it is not theirs to answer (FORBIDDEN).
    if (!(await canAnswerFulfilment({ ...need, fulfilmentStatus: 'CLAIMED' }, membershipsFromDb(this.db, actor.id)))) {
      return fail(forbidden('Only members of the co-op named as meeting this need can answer for it.'));
    }
    const answered = await this.db.$transaction(async (tx) => {
      // The row lock makes a confirm and a reject at the same moment take turns: the second
      // finds the claim answered.
      const [locked] = await tx.$queryRaw<{ status: string | null }[]>`
        SELECT fulfilment_status::text AS status FROM needs WHERE id = ${need.id}::uuid FOR UPDATE`;
      if (locked?.status !== 'CLAIMED') return null;
      const now = new Date();
      // The inbox items asking for this answer have done their work.
      await tx.notification.updateMany({
        where: { needId: need.id, kind: 'FULFILMENT_CLAIMED', readAt: null },
        data: { readAt: now },
      });
      return tx.need.update({ where: { id: need.id }, data: { fulfilmentStatus: answer, fulfilmentAnsweredAt: now } });
    });
    if (!answered) {
      const already = (await this.byId(need.id))?.fulfilmentStatus;
      return fail(conflict(`Your co-op has already ${already === 'REJECTED' ? 'rejected' : 'confirmed'} this claim.`));
    }
    return ok(answered);
  }

  private byId(id: string) {
    return this.db.need.findUnique({ where: { id }, select: { fulfilmentStatus: true } });
  }
}
