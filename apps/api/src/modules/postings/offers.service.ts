import type { Database, Offer, Prisma, User } from '@principle-six/db';
import { offerInputSchema, toFieldErrors, type OfferInputValues } from '@principle-six/schema';
import { requirePostingMember } from '../../access/postings-access';
import { isId } from '../../errors/ids';
import { fail, invalidInput, notFound, ok, type Result } from '../../errors/user-errors';
import { enqueue } from '../../jobs/queue';
import { createOnce } from '../idempotency/idempotency';
import { resolveArea, type ResolvedArea } from './area';

/** Posting, editing and withdrawing offers; the mirror of NeedService. */
export class OfferService {
  constructor(private readonly db: Database) {}

  byId(id: string): Promise<Offer | null> {
    return isId(id) ? this.db.offer.findUnique({ where: { id } }) : Promise.resolve(null);
  }

  async post(actor: User | null, coopId: string, input: unknown, idempotencyKey?: string | null): Promise<Result<Offer>> {
    const access = await requirePostingMember(this.db, actor, coopId, 'post its offers');
    if (!access.ok) return access;
    const request = { userId: actor!.id, key: idempotencyKey, operation: 'postOffer', args: { coopId, input } };
    return createOnce(this.db, request, {
      find: (id) => this.byId(id),
      create: async (tx, id) => {
        const parsed = offerInputSchema.safeParse(input);
        if (!parsed.success) return fail(...toFieldErrors(parsed.error));
        return this.write(tx, parsed.data, (area) =>
          tx.offer.create({
            data: {
              ...offerFields(parsed.data, area),
              id,
              coopId,
              createdById: actor!.id,
              categories: { create: parsed.data.categoryCodes.map((categoryCode) => ({ categoryCode })) },
            },
          }),
        );
      },
    });
  }

  async update(actor: User | null, id: string, input: unknown): Promise<Result<Offer>> {
    const offer = await this.byId(id);
    if (!offer) return fail(notFound('There is no such offer.'));
    const access = await requirePostingMember(this.db, actor, offer.coopId, 'edit its offers');
    if (!access.ok) return access;
    if (offer.status !== 'OPEN') return fail(invalidInput('This offer was withdrawn; post a new one instead.'));
    const parsed = offerInputSchema.safeParse(input);
    if (!parsed.success) return fail(...toFieldErrors(parsed.error));
    return this.db.$transaction((tx) =>
      this.write(tx, parsed.data, (area) =>
        tx.offer.update({
          where: { id },
          data: {
            ...offerFields(parsed.data, area),
            categories: { deleteMany: {}, create: parsed.data.categoryCodes.map((categoryCode) => ({ categoryCode })) },
          },
        }),
      ),
    );
  }

  async withdraw(actor: User | null, id: string): Promise<Result<Offer>> {
    const offer = await this.byId(id);
    if (!offer) return fail(notFound('There is no such offer.'));
    const access = await requirePostingMember(this.db, actor, offer.coopId, 'withdraw its offers');
    if (!access.ok) return access;
    if (offer.status !== 'OPEN') return fail(invalidInput('This offer was already withdrawn.'));
    const withdrawn = await this.db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM offers WHERE id = ${id}::uuid FOR UPDATE`;
      await tx.match.deleteMany({ where: { offerId: id } });
      return tx.offer.update({ where: { id }, data: { status: 'WITHDRAWN', closedAt: new Date() } });
    });
    return ok(withdrawn);
  }

  /** Saves the offer (through `save`) with its search document and its matching and expiry jobs, in `tx`. */
  private async write(
    tx: Prisma.TransactionClient,
    values: OfferInputValues,
    save: (area: ResolvedArea) => Promise<Offer>,
  ): Promise<Result<Offer>> {
    const area = await resolveArea(tx, values.area);
    if (!area.ok) return fail(area.error);
    const offer = await save(area.area);
    await tx.$executeRaw`SELECT refresh_offer_search(ARRAY[${offer.id}::uuid])`;
    await enqueue(tx, 'match-offer', { offerId: offer.id }, { jobKey: `match-offer:${offer.id}` });
    await enqueue(tx, 'expire-offer', { offerId: offer.id }, { jobKey: `expire-offer:${offer.id}`, runAt: offer.expiresAt });
    return ok(offer);
  }
}

function offerFields(v: OfferInputValues, area: ResolvedArea) {
  return {
    title: v.title,
    description: v.description,
    ...area,
    expiresAt: v.expiresAt,
    coopTerms: v.coopTerms,
    matchedAt: null,
  };
}
