import type { Database, User } from '@principle-six/db';
import { isId } from '../../errors/ids';
import { fail, forbidden, notFound, ok, unauthenticated, type Result } from '../../errors/user-errors';

/**
 * Needs and offers belong to a co-op; any of its members may post, edit and close them (they
 * speak for the co-op at the meeting, as its profile's owners do on paper).
 */
export async function requireMember(
  db: Database,
  actor: User | null,
  coopId: string,
  action: string,
): Promise<Result<true>> {
  if (!actor) return fail(unauthenticated(`Sign in to ${action}.`));
  if (!isId(coopId) || !(await db.coop.findUnique({ where: { id: coopId }, select: { id: true } }))) {
    return fail(notFound('There is no such co-op.'));
  }
  const membership = await db.membership.findUnique({ where: { userId_coopId: { userId: actor.id, coopId } } });
  if (!membership) return fail(forbidden(`Only members of the co-op can ${action}.`));
  return ok(true);
}

/** Whether a person belongs to a co-op: one query, for read-side checks. */
export async function isMember(db: Database, userId: string | undefined, coopId: string): Promise<boolean> {
  if (!userId) return false;
  return (await db.membership.count({ where: { userId, coopId } })) > 0;
}
