import type { Database, Need, Prisma, User } from '@principle-six/db';
import { needInputSchema, toFieldErrors, type NeedInputValues } from '@principle-six/schema';
import { isId } from '../../errors/ids';
import { fail, invalidInput, notFound, ok, type Result } from '../../errors/user-errors';
import { enqueue } from '../../jobs/queue';
import { resolveArea, type ResolvedArea } from './area';
import { requireMember } from './posting-access';

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
  constructor(private readonly db: Database) {}

  byId(id: string): Promise<Need | null> {
    return isId(id) ? this.db.need.findUnique({ where: { id } }) : Promise.resolve(null);
  }

  async post(actor: User | null, coopId: string, input: unknown): Promise<Result<Need>> {
    const access = await requireMember(this.db, actor, coopId, 'post its needs');
    if (!access.ok) return access;
    const parsed = needInputSchema.safeParse(input);
    if (!parsed.success) return fail(...toFieldErrors(parsed.error));
    return this.write(parsed.data, async (tx, area) =>
      tx.need.create({
        data: {
          ...needFields(parsed.data, area),
          coopId,
          createdById: actor!.id,
          categories: { create: parsed.data.categoryCodes.map((categoryCode) => ({ categoryCode })) },
        },
      }),
    );
  }

  async update(actor: User | null, id: string, input: unknown): Promise<Result<Need>> {
    const need = await this.byId(id);
    if (!need) return fail(notFound('There is no such need.'));
    const access = await requireMember(this.db, actor, need.coopId, 'edit its needs');
    if (!access.ok) return access;
    if (need.status !== 'OPEN') return fail(invalidInput('This need is closed; post a new one instead.'));
    const parsed = needInputSchema.safeParse(input);
    if (!parsed.success) return fail(...toFieldErrors(parsed.error));
    return this.write(parsed.data, (tx, area) =>
      tx.need.update({
        where: { id },
        data: {
          ...needFields(parsed.data, area),
          categories: { deleteMany: {}, create: parsed.data.categoryCodes.map((categoryCode) => ({ categoryCode })) },
        },
      }),
    );
  }

  async close(actor: User | null, values: CloseNeedValues): Promise<Result<Need>> {
    const need = await this.byId(values.id);
    if (!need) return fail(notFound('There is no such need.'));
    const access = await requireMember(this.db, actor, need.coopId, 'close its needs');
    if (!access.ok) return access;
    if (need.status !== 'OPEN') return fail(invalidInput('This need is already closed.'));
    const fulfilledBy = values.outcome === 'FULFILLED' ? (values.fulfilledByCoopId ?? null) : null;
    if (fulfilledBy !== null) {
      if (!isId(fulfilledBy) || !(await this.db.coop.findUnique({ where: { id: fulfilledBy }, select: { id: true } }))) {
        return fail(invalidInput('Choose the co-op that met the need from the list.', 'fulfilledByCoopId'));
      }
      if (fulfilledBy === need.coopId) {
        return fail(invalidInput('Choose another co-op, or close it without naming one.', 'fulfilledByCoopId'));
      }
    }
    const closed = await this.db.$transaction(async (tx) => {
      // The matcher takes this row lock too, so it cannot store matches for a need closing now.
      await tx.$queryRaw`SELECT 1 FROM needs WHERE id = ${need.id}::uuid FOR UPDATE`;
      await tx.match.deleteMany({ where: { needId: need.id } });
      return tx.need.update({
        where: { id: need.id },
        data: { status: values.outcome, closedAt: new Date(), fulfilledByCoopId: fulfilledBy },
      });
    });
    return ok(closed);
  }

  private async write(
    values: NeedInputValues,
    save: (tx: Prisma.TransactionClient, area: ResolvedArea) => Promise<Need>,
  ): Promise<Result<Need>> {
    return this.db.$transaction(async (tx) => {
      const area = await resolveArea(tx, values.area);
      if (!area.ok) return fail(area.error);
      const need = await save(tx, area.area);
      await tx.$executeRaw`SELECT refresh_need_search(ARRAY[${need.id}::uuid])`;
      await enqueue(tx, 'match-need', { needId: need.id }, { jobKey: `match-need:${need.id}` });
      await enqueue(tx, 'expire-need', { needId: need.id }, { jobKey: `expire-need:${need.id}`, runAt: need.expiresAt });
      return ok(need);
    });
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
