import type { Database, Need, Prisma, User } from '@principle-six/db';
import { needInputSchema, toFieldErrors, type NeedInputValues } from '@principle-six/schema';
import { requirePostingMember } from '../../access/postings-access';
import { isId } from '../../errors/ids';
import { fail, invalidInput, notFound, ok, type Result } from '../../errors/user-errors';
import { enqueue } from '../../jobs/queue';
import { createOnce } from '../idempotency/idempotency';
import type { InboxEvents } from '../notifications/inbox-events';
import { notifyCoopMembers, publish, type Written } from '../notifications/notify';
import { resolveArea, type ResolvedArea } from './area';
import { FulfilmentClaims } from './fulfilment-claims';

export interface CloseNeedValues {
  id: string;
  outcome: 'FULFILLED' | 'WITHDRAWN';
  fulfilledByCoopId?: string | null;
}

/**
 * Posting, editing and closing needs. Every write is one transaction with the job that matches
 * the need (or with removing its matches), so what people see never disagrees with the need.
 */
export class NeedService {
  /** Confirming or rejecting "fulfilled by" claims. */
  readonly claims: FulfilmentClaims;

  /**
   * `events` tells open inbox pages about fulfilment claims; without it (null) they see them at
   * their next refresh instead.
   */
  constructor(
    private readonly db: Database,
    private readonly events: InboxEvents | null = null,
  ) {
    this.claims = new FulfilmentClaims(db);
  }

  byId(id: string): Promise<Need | null> {
    return isId(id) ? this.db.need.findUnique({ where: { id } }) : Promise.resolve(null);
  }

  async post(actor: User | null, coopId: string, input: unknown, idempotencyKey?: string | null): Promise<Result<Need>> {
    const access = await requirePostingMember(this.db, actor, coopId, 'post its needs');
    if (!access.ok) return access;
    const request = { userId: actor!.id, key: idempotencyKey, operation: 'postNeed', args: { coopId, input } };
    return createOnce(this.db, request, {
      find: (id) => this.byId(id),
      create: async (tx, id) => {
        const parsed = needInputSchema.safeParse(input);
        if (!parsed.success) return fail(...toFieldErrors(parsed.error));
        return this.write(tx, parsed.data, (area) =>
          tx.need.create({
            data: {
              ...needFields(parsed.data, area),
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

  async update(actor: User | null, id: string, input: unknown): Promise<Result<Need>> {
    const need = await this.byId(id);
    if (!need) return fail(notFound('There is no such need.'));
    const access = await requirePostingMember(this.db, actor, need.coopId, 'edit its needs');
    if (!access.ok) return access;
    if (need.status !== 'OPEN') return fail(invalidInput('This need is closed; post a new one instead.'));
    const parsed = needInputSchema.safeParse(input);
    if (!parsed.success) return fail(...toFieldErrors(parsed.error));
    return this.db.$transaction((tx) =>
      this.write(tx, parsed.data, (area) =>
        tx.need.update({
          where: { id },
          data: {
            ...needFields(parsed.data, area),
            categories: { deleteMany: {}, create: parsed.data.categoryCodes.map((categoryCode) => ({ categoryCode })) },
          },
        }),
      ),
    );
  }

  /**
   * Closes a need, removing its matches. Naming the co-op that met it is a claim: the need is
   * marked CLAIMED and that co-op's members get an inbox item asking them to confirm or reject
   * it; only a confirmed one counts as past dealings in the ranking (matching/signals.ts).
   */
  async close(actor: User | null, values: CloseNeedValues): Promise<Result<Need>> {
    const need = await this.byId(values.id);
    if (!need) return fail(notFound('There is no such need.'));
    const access = await requirePostingMember(this.db, actor, need.coopId, 'close its needs');
    if (!access.ok) return access;
    if (need.status !== 'OPEN') return fail(invalidInput('This need is already closed.'));
    const fulfilledBy = values.outcome === 'FULFILLED' ? (values.fulfilledByCoopId ?? null) : null;
    if (fulfilledBy !== null) {
      if (fulfilledBy === need.coopId) {
        return fail(invalidInput('Your own co-op cannot be the one that met it; choose another, or close it without naming one.', 'fulfilledByCoopId'));
      }
      if (!isId(fulfilledBy) || !(await this.db.coop.findUnique({ where: { id: fulfilledBy }, select: { id: true } }))) {
        return fail(notFound('There is no such co-op; choose the co-op that met the need from the list.', 'fulfilledByCoopId'));
      }
    }
    const outcome = await this.db.$transaction(async (tx) => {
      // The matcher takes this row lock too, so it cannot store matches for a need closing now;
      // and of two closes at once, the second finds it closed.
      const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM needs WHERE id = ${need.id}::uuid FOR UPDATE`;
      if (locked?.status !== 'OPEN') return null;
      await tx.match.deleteMany({ where: { needId: need.id } });
      const closed = await tx.need.update({
        where: { id: need.id },
        data: {
          status: values.outcome,
          closedAt: new Date(),
          fulfilledByCoopId: fulfilledBy,
          fulfilmentStatus: fulfilledBy ? 'CLAIMED' : null,
          fulfilmentAnsweredAt: null,
        },
      });
      const notified: Written[] = fulfilledBy
        ? await notifyCoopMembers(tx, { coopId: fulfilledBy, kind: 'FULFILMENT_CLAIMED', subjectKey: `fulfilment:${need.id}`, needId: need.id })
        : [];
      return { closed, notified };
    });
    if (!outcome) return fail(invalidInput('This need is already closed.'));
    await publish(this.events, outcome.notified);
    return ok(outcome.closed);
  }

  /** Saves the need (through `save`) with its search document and its matching and expiry jobs, in `tx`. */
  private async write(
    tx: Prisma.TransactionClient,
    values: NeedInputValues,
    save: (area: ResolvedArea) => Promise<Need>,
  ): Promise<Result<Need>> {
    const area = await resolveArea(tx, values.area);
    if (!area.ok) return fail(area.error);
    const need = await save(area.area);
    await tx.$executeRaw`SELECT refresh_need_search(ARRAY[${need.id}::uuid])`;
    await enqueue(tx, 'match-need', { needId: need.id }, { jobKey: `match-need:${need.id}` });
    await enqueue(tx, 'expire-need', { needId: need.id }, { jobKey: `expire-need:${need.id}`, runAt: need.expiresAt });
    return ok(need);
  }
}

function needFields(v: NeedInputValues, area: ResolvedArea) {
  return {
    title: v.title,
    description: v.description,
    ...area,
    expiresAt: v.expiresAt,
    budgetAmount: v.budgetAmount,
    budgetCurrency: v.budgetCurrency,
    preferredCoopType: v.preferredCoopType as Need['preferredCoopType'],
    matchedAt: null,
  };
}
