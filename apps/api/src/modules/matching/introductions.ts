import type { Database, Introduction, Prisma, User } from '@principle-six/db';
import { introduceInputSchema, toFieldErrors } from '@principle-six/schema';
import { requireVerifiedEmail } from '../../access/coop-access';
import { isLive, membershipsFromDb, sideOnMatch } from '../../access/postings-access';
import { isId } from '../../errors/ids';
import { isUniqueViolation } from '../../errors/prisma-errors';
import { conflict, fail, forbidden, invalidInput, notFound, unauthenticated, type Result } from '../../errors/user-errors';
import type { UserError } from '../../generated/resolvers';
import { createOnce } from '../idempotency/idempotency';
import type { InboxEvents } from '../notifications/inbox-events';
import { notifyCoopMembers, publish, type Written } from '../notifications/notify';

/**
 * A co-op introducing itself to the other side of a match, with a message; the other co-op's
 * members hear of it in their inbox and digest. Once per need from one co-op to another, however
 * many matches link them (the unique index on introductions (need_id, from_coop_id, to_coop_id)),
 * because each introduction counts as past dealings in the ranking: repeats must not inflate it.
 */
export async function introduce(
  db: Database,
  events: InboxEvents,
  actor: User | null,
  input: unknown,
  idempotencyKey?: string | null,
): Promise<Result<Introduction>> {
  if (!actor) return fail(unauthenticated('Sign in to introduce your co-op.'));
  // It hands the co-op's contact details to another co-op: only from a proven address.
  const unverified = requireVerifiedEmail(actor, "introduce your co-op (an introduction sends its contact details)");
  if (unverified) return unverified;
  let notified: Written[] = [];
  let pair: { needId: string; fromCoopId: string; toCoopId: string } | null = null;
  try {
    const result = await createOnce(db, { userId: actor.id, key: idempotencyKey, operation: 'introduce', args: { input } }, {
      find: (id) => db.introduction.findUnique({ where: { id } }),
      create: async (tx, id) => {
        const parsed = introduceInputSchema.safeParse(input);
        if (!parsed.success) return fail(...toFieldErrors(parsed.error));
        const match = isId(parsed.data.matchId) ? await tx.match.findUnique({ where: { id: parsed.data.matchId }, include: { need: true } }) : null;
        if (!match) return fail(notFound('That match is no longer there.', 'matchId'));
        const { need } = match;
        const side = await sideOnMatch({ needCoopId: need.coopId, providerCoopId: match.providerCoopId }, membershipsFromDb(tx, actor.id));
        if (!side) return fail(forbidden('Only members of the two co-ops can act on this match.'));
        if (!isLive(need)) return fail(invalidInput('This need has closed; the co-op is no longer looking.'));
        pair = { needId: need.id, fromCoopId: side, toCoopId: side === need.coopId ? match.providerCoopId : need.coopId };
        if (await tx.introduction.findUnique({ where: { needId_fromCoopId_toCoopId: pair }, select: { id: true } })) {
          return fail(await alreadyIntroduced(tx, pair));
        }
        // Two sends at once both pass the check above; the unique index stops the second here.
        const introduction = await tx.introduction.create({
          data: { id, matchId: match.id, ...pair, fromUserId: actor.id, message: parsed.data.message },
        });
        notified = await notifyCoopMembers(tx, {
          coopId: pair.toCoopId,
          kind: 'INTRODUCTION',
          subjectKey: `introduction:${introduction.id}`,
          matchId: match.id,
          needId: need.id,
          introductionId: introduction.id,
        });
        return { ok: true, value: introduction };
      },
    });
    if (result.ok) await publish(events, notified);
    return result;
  } catch (error) {
    if (pair && isUniqueViolation(error)) return fail(await alreadyIntroduced(db, pair));
    throw error;
  }
}

async function alreadyIntroduced(
  sql: Pick<Prisma.TransactionClient, 'coop'>,
  pair: { fromCoopId: string; toCoopId: string },
): Promise<UserError> {
  const coops = await sql.coop.findMany({ where: { id: { in: [pair.fromCoopId, pair.toCoopId] } }, select: { id: true, name: true } });
  const name = (id: string) => coops.find((c) => c.id === id)?.name ?? 'the co-op';
  return conflict(`You have already introduced ${name(pair.fromCoopId)} to ${name(pair.toCoopId)} about this need.`);
}
