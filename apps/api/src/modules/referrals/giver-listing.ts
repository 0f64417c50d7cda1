import type { Coop, Database, User } from '@principle-six/db';
import { coopAccess } from '../../access/coop-access';
import { isId } from '../../errors/ids';
import { fail, forbidden, notFound, ok, unauthenticated, type Result } from '../../errors/user-errors';

/** A co-op's owners choose whether it appears among the network's most active givers. */
export async function listAsGiver(db: Database, actor: User | null, coopId: string, listed: boolean): Promise<Result<Coop>> {
  if (!actor) return fail(unauthenticated('Sign in to change how your co-op is listed.'));
  if (!isId(coopId) || !(await db.coop.count({ where: { id: coopId } }))) return fail(notFound('There is no such co-op.', 'coopId'));
  const membership = await db.membership.findUnique({ where: { userId_coopId: { userId: actor.id, coopId } } });
  if (!coopAccess.seesOwnersOnly(membership?.role ?? null)) return fail(forbidden('Only the co-op’s owners can choose this.', 'coopId'));
  // Raw, so that updated_at stays: it means the profile changed, and matching reads it as activity.
  await db.$executeRaw`UPDATE coops SET listed_as_giver = ${listed} WHERE id = ${coopId}::uuid`;
  return ok(await db.coop.findUniqueOrThrow({ where: { id: coopId } }));
}
