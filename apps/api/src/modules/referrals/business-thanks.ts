import type { BusinessThanks, Database, User } from '@principle-six/db';
import { thankForBusinessInputSchema, toFieldErrors } from '@principle-six/schema';
import { requireVerifiedEmail } from '../../access/coop-access';
import { membershipsFromDb } from '../../access/postings-access';
import { answersThanksFor, canSeeThanks } from '../../access/referrals-access';
import { coopVisibleTo } from '../../access/visibility';
import { isId } from '../../errors/ids';
import { conflict, fail, forbidden, invalidInput, notFound, ok, unauthenticated, type Result } from '../../errors/user-errors';
import { createOnce } from '../idempotency/idempotency';
import type { InboxEvents } from '../notifications/inbox-events';
import { notifyCoopMembers, publish, type Written } from '../notifications/notify';

/**
 * "Thank you for closed business" given directly, for business done with another co-op without a
 * referral here (after a meeting, say), and the credited co-op's answer. A direct thank-you is
 * PENDING until a member of the credited co-op confirms it, as a "fulfilled by" claim is: one
 * co-op's word alone does not put business into another's public ledger. Winning a referral
 * writes its own, confirmed (ReferralService.move: two co-ops took part).
 */
export class BusinessThanksService {
  constructor(
    private readonly db: Database,
    private readonly events: InboxEvents,
  ) {}

  async thank(actor: User | null, input: unknown, idempotencyKey?: string | null): Promise<Result<BusinessThanks>> {
    if (!actor) return fail(unauthenticated('Sign in to thank a co-op.'));
    const unverified = requireVerifiedEmail(actor, 'thank a co-op for business');
    if (unverified) return unverified;
    let notified: Written[] = [];
    const result = await createOnce(
      this.db,
      { userId: actor.id, key: idempotencyKey, operation: 'thankForBusiness', args: { input } },
      {
        // A repeat shows the thank-you only to someone who may still see it.
        find: async (id) => {
          const thanks = await this.db.businessThanks.findUnique({ where: { id } });
          return thanks && (await canSeeThanks(thanks, membershipsFromDb(this.db, actor.id))) ? thanks : null;
        },
        create: async (tx, id) => {
          const parsed = thankForBusinessInputSchema.safeParse(input);
          if (!parsed.success) return fail(...toFieldErrors(parsed.error));
          const { fromCoopId, toCoopId, value, note } = parsed.data;
          if (!isId(fromCoopId) || !(await tx.coop.count({ where: { id: fromCoopId } }))) return fail(notFound('There is no such co-op.', 'fromCoopId'));
          if (!(await membershipsFromDb(tx, actor.id).has(fromCoopId))) {
            return fail(forbidden('Only members of the co-op that won the business can thank for it.', 'fromCoopId'));
          }
          if (!(await coopVisibleTo(tx, toCoopId, membershipsFromDb(tx, actor.id)))) return fail(notFound('There is no such co-op to thank.', 'toCoopId'));
          if (toCoopId === fromCoopId) return fail(invalidInput('Thank another co-op, not your own.', 'toCoopId'));
          if (await membershipsFromDb(tx, actor.id).has(toCoopId)) {
            return fail(invalidInput('You belong to that co-op too: a co-op does not credit itself with business.', 'toCoopId'));
          }
          const thanks = await tx.businessThanks.create({
            data: { id, fromCoopId, toCoopId, amount: value.amount, currency: value.currency, note, writtenById: actor.id, status: 'PENDING' },
          });
          notified = await notifyCoopMembers(tx, { coopId: toCoopId, kind: 'THANKS_RECEIVED', subjectKey: `thanks:${id}`, thanksId: id });
          return ok(thanks);
        },
      },
    );
    if (result.ok) await publish(this.events, notified);
    return result;
  }

  async answer(actor: User | null, input: { thanksId: string; confirm: boolean }): Promise<Result<BusinessThanks>> {
    if (!actor) return fail(unauthenticated('Sign in to answer a thank-you.'));
    const unverified = requireVerifiedEmail(actor, 'answer a thank-you');
    if (unverified) return unverified;
    if (!isId(input.thanksId)) return fail(notFound('There is no such thank-you.', 'thanksId'));
    return this.db.$transaction(async (tx) => {
      // Locked, so that two answers at once take turns and the second sees the first.
      const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM business_thanks WHERE id = ${input.thanksId}::uuid FOR UPDATE`;
      const thanks = locked ? await tx.businessThanks.findUniqueOrThrow({ where: { id: locked.id } }) : null;
      const memberships = membershipsFromDb(tx, actor.id);
      if (!thanks || !(await canSeeThanks(thanks, memberships))) return fail(forbidden('Only members of the two co-ops can see this thank-you.', 'thanksId'));
      if (!(await answersThanksFor(thanks, memberships, actor.id))) {
        return fail(forbidden('Only members of the co-op it credits, who neither wrote it nor belong to the co-op that wrote it, can answer it.', 'thanksId'));
      }
      if (thanks.status !== 'PENDING') {
        return fail(conflict(`It was already ${thanks.status === 'CONFIRMED' ? 'confirmed' : 'rejected'}.`, 'thanksId'));
      }
      return ok(
        await tx.businessThanks.update({ where: { id: thanks.id }, data: { status: input.confirm ? 'CONFIRMED' : 'REJECTED', answeredAt: new Date() } }),
      );
    });
  }
}
