import type { Database, Need, Offer, User } from '@principle-six/db';
import { isId } from '../errors/ids';
import { fail, forbidden, notFound, ok, unauthenticated, type Result } from '../errors/user-errors';

/**
 * Who may see and do what with needs, offers and matches: every members-only rule for them, in
 * one place, used by the resolvers (through the request's loaders) and by the services (through
 * the database). A rule is written once against `Memberships`, so both ask the same question.
 *
 * - An open, unexpired posting is public. A withdrawn, fulfilled or expired one is for members
 *   of its own co-op, and a fulfilled need also for members of the co-op named as meeting it.
 * - Members of a posting's co-op edit and close it and see its matches (Need.matches, Offer.matches).
 * - A match is seen by members of its two co-ops, each acting for their own side.
 * - The named co-op's members answer a fulfilment claim, while it is CLAIMED.
 */

/** The co-ops the person asking belongs to, asked one co-op at a time. */
export interface Memberships {
  has(coopId: string): Promise<boolean>;
}

export const NOBODY: Memberships = { has: () => Promise.resolve(false) };

/** For resolvers: the request's batched viewerRole loader, so a page of postings costs one query. */
export function membershipsFromLoaders(loaders: { viewerRole: { load(coopId: string): Promise<unknown> } }): Memberships {
  return { has: async (coopId) => isId(coopId) && (await loaders.viewerRole.load(coopId)) !== null };
}

/** For services: one query per co-op asked about, remembered for the call. */
export function membershipsFromDb(db: Pick<Database, 'membership'>, userId: string | null | undefined): Memberships {
  if (!userId) return NOBODY;
  const known = new Map<string, Promise<boolean>>();
  return {
    has(coopId) {
      if (!isId(coopId)) return Promise.resolve(false);
      let answer = known.get(coopId);
      if (!answer) {
        answer = db.membership.count({ where: { userId, coopId } }).then((n) => n > 0);
        known.set(coopId, answer);
      }
      return answer;
    },
  };
}

type Lifetime = Pick<Need | Offer, 'status' | 'expiresAt'>;

/** Open and not past its end date: what anyone may see, and what matching works on. */
export function isLive(posting: Lifetime, now = new Date()): boolean {
  return posting.status === 'OPEN' && posting.expiresAt > now;
}

/** The Prisma filter for isLive, for queries over needs or offers. */
export function liveWhere(now = new Date()) {
  return { status: 'OPEN' as const, expiresAt: { gt: now } };
}

/** Whether a person may see a need at all (need(id), and needs reached through other objects). */
export async function canSeeNeed(
  need: Lifetime & Pick<Need, 'coopId' | 'fulfilledByCoopId'>,
  memberships: Memberships,
  now = new Date(),
): Promise<boolean> {
  if (isLive(need, now)) return true;
  if (await memberships.has(need.coopId)) return true;
  return need.status === 'FULFILLED' && need.fulfilledByCoopId !== null && memberships.has(need.fulfilledByCoopId);
}

/** Whether a person may see an offer at all. */
export async function canSeeOffer(offer: Lifetime & Pick<Offer, 'coopId'>, memberships: Memberships, now = new Date()): Promise<boolean> {
  return isLive(offer, now) || memberships.has(offer.coopId);
}

/** Editing, closing, seeing the matches of, and listing the closed postings of a co-op: its members. */
export function actsForPostingsOf(coopId: string, memberships: Memberships): Promise<boolean> {
  return memberships.has(coopId);
}

/**
 * The co-op a person acts for on a match (the need's co-op, else the provider), or null when they
 * belong to neither and may not see it.
 */
export async function sideOnMatch(
  match: { needCoopId: string; providerCoopId: string },
  memberships: Memberships,
): Promise<string | null> {
  if (await memberships.has(match.needCoopId)) return match.needCoopId;
  return (await memberships.has(match.providerCoopId)) ? match.providerCoopId : null;
}

/** Whether a person may see a match: on one of its sides, and able to see its need. */
export async function canSeeMatch(
  need: Parameters<typeof canSeeNeed>[0],
  providerCoopId: string,
  memberships: Memberships,
): Promise<boolean> {
  return (await sideOnMatch({ needCoopId: need.coopId, providerCoopId }, memberships)) !== null && canSeeNeed(need, memberships);
}

/** Whether a person may confirm or reject the claim that their co-op met a need. */
export async function canAnswerFulfilment(
  need: Pick<Need, 'coopId' | 'fulfilledByCoopId' | 'fulfilmentStatus'>,
  memberships: Memberships,
): Promise<boolean> {
  if (need.fulfilmentStatus !== 'CLAIMED' || need.fulfilledByCoopId === null) return false;
  // Someone in both co-ops would be confirming their own claim: another member must answer.
  return (await memberships.has(need.fulfilledByCoopId)) && !(await memberships.has(need.coopId));
}

/**
 * For mutations on a co-op's postings: signed in, the co-op exists, and the person is one of its
 * members (any member speaks for the co-op at the meeting, as its profile's owners do on paper).
 */
export async function requirePostingMember(
  db: Pick<Database, 'coop' | 'membership'>,
  actor: User | null,
  coopId: string,
  action: string,
): Promise<Result<true>> {
  if (!actor) return fail(unauthenticated(`Sign in to ${action}.`));
  if (!isId(coopId) || !(await db.coop.findUnique({ where: { id: coopId }, select: { id: true } }))) {
    return fail(notFound('There is no such co-op.'));
  }
  if (!(await actsForPostingsOf(coopId, membershipsFromDb(db, actor.id)))) {
    return fail(forbidden(`Only members of the co-op can ${action}.`));
  }
  return ok(true);
}
