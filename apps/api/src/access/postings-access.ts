import { Prisma, type Database, type Need, type Offer, type User } from '@principle-six/db';
import { isId } from '../errors/ids';
import { fail, forbidden, notFound, ok, unauthenticated, type Result } from '../errors/user-errors';
import { hiddenFrom, type Audience } from './visibility';

/**
 * Who may see and do what with needs, offers and matches: every members-only rule for them, in
 * one place, used by the resolvers (through the request's loaders) and by the services (through
 * the database). A rule is written once against `Memberships`, so both ask the same question.
 *
 * - An open, unexpired posting is public. A withdrawn, fulfilled or expired one is for members
 *   of its own co-op, and a fulfilled need also for members of the co-op named as meeting it.
 * - One hidden by a site administrator, or of a hidden co-op, is for its own co-op's members and
 *   administrators only, whatever its status (access/visibility.ts).
 * - Members of a posting's co-op edit and close it and see its matches (Need.matches, Offer.matches).
 * - A match is seen by members of its two co-ops, each acting for their own side.
 * - The named co-op's members answer a fulfilment claim, while it is CLAIMED.
 */

/**
 * The person asking: the co-ops they belong to, asked one co-op at a time, whether they are a
 * site administrator, and which co-ops are hidden (for the rule in access/visibility.ts).
 */
export type Memberships = Audience;

interface RequestLoaders {
  viewerRole: { load(coopId: string): Promise<unknown> };
  coop: { load(coopId: string): Promise<{ hiddenAt: Date | null } | null> };
  viewerIsAdmin(): Promise<boolean>;
}

/** For resolvers: the request's batched loaders, so a page of postings costs one query each. */
export function membershipsFromLoaders(loaders: RequestLoaders): Memberships {
  return {
    has: async (coopId) => isId(coopId) && (await loaders.viewerRole.load(coopId)) !== null,
    isAdmin: () => loaders.viewerIsAdmin(),
    coopHidden: async (coopId) => isId(coopId) && ((await loaders.coop.load(coopId))?.hiddenAt ?? null) !== null,
  };
}

/** For services: one query per co-op asked about, remembered for the call. */
export function membershipsFromDb(db: Pick<Database, 'membership' | 'user' | 'coop'>, userId: string | null | undefined): Memberships {
  const known = new Map<string, Promise<boolean>>();
  const hidden = new Map<string, Promise<boolean>>();
  let admin: Promise<boolean> | null = null;
  return {
    has(coopId) {
      if (!userId || !isId(coopId)) return Promise.resolve(false);
      let answer = known.get(coopId);
      if (!answer) {
        answer = db.membership.count({ where: { userId, coopId } }).then((n) => n > 0);
        known.set(coopId, answer);
      }
      return answer;
    },
    isAdmin() {
      if (!userId) return Promise.resolve(false);
      admin ??= db.user.findUnique({ where: { id: userId }, select: { siteRole: true } }).then((u) => u?.siteRole === 'ADMIN');
      return admin;
    },
    coopHidden(coopId) {
      if (!isId(coopId)) return Promise.resolve(false);
      let answer = hidden.get(coopId);
      if (!answer) {
        answer = db.coop.findUnique({ where: { id: coopId }, select: { hiddenAt: true } }).then((c) => (c?.hiddenAt ?? null) !== null);
        hidden.set(coopId, answer);
      }
      return answer;
    },
  };
}

type Lifetime = Pick<Need | Offer, 'status' | 'expiresAt'>;
type Moderated = Pick<Need | Offer, 'hiddenAt' | 'coopId'>;

/** Open and not past its end date: what anyone may see, and what matching works on. */
export function isLive(posting: Lifetime, now = new Date()): boolean {
  return posting.status === 'OPEN' && posting.expiresAt > now;
}

/** The Prisma filter for isLive, for queries over needs or offers. */
export function liveWhere(now = new Date()) {
  return { status: 'OPEN' as const, expiresAt: { gt: now } };
}

/** SQL for isLive on the need or offer row `p` (by alias, letters only). */
export function liveSql(p: string): Prisma.Sql {
  if (!/^[a-z]{1,4}$/.test(p)) throw new Error(`Not a table alias: ${p}`);
  const t = Prisma.raw(p);
  return Prisma.sql`(${t}.status = 'OPEN' AND ${t}.expires_at > now())`;
}

/** Whether a person may see a need at all (need(id), and needs reached through other objects). */
export async function canSeeNeed(
  need: Lifetime & Moderated & Pick<Need, 'fulfilledByCoopId'>,
  memberships: Memberships,
  now = new Date(),
): Promise<boolean> {
  if (await hiddenFrom(need, memberships)) return false;
  if (isLive(need, now)) return true;
  if (await memberships.has(need.coopId)) return true;
  return need.status === 'FULFILLED' && need.fulfilledByCoopId !== null && memberships.has(need.fulfilledByCoopId);
}

/** Whether a person may see an offer at all. */
export async function canSeeOffer(offer: Lifetime & Moderated, memberships: Memberships, now = new Date()): Promise<boolean> {
  if (await hiddenFrom(offer, memberships)) return false;
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
  db: Pick<Database, 'coop' | 'membership' | 'user'>,
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
