import DataLoader from 'dataloader';
import type {
  BusinessThanks,
  Coop,
  CoopClaim,
  Database,
  FeedbackKind,
  Introduction,
  Match,
  Meeting,
  Membership,
  MemberRole,
  Need,
  Offer,
  Place,
  Referral,
  ReferralEvent,
  User,
} from '@principle-six/db';
import { isInsider } from '../access/councils-access';
import { isId } from '../errors/ids';
import { findCategory, type Category as TaxonomyCategory } from '@principle-six/taxonomy';
import { loadLedgerRows, type LedgerRows } from '../modules/referrals/ledger';

/** Rows by id, in the order DataLoader asked for them (null where there is none). */
function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

function toCategories(links: { categoryCode: string }[]): TaxonomyCategory[] {
  return links.flatMap((l) => {
    const category = findCategory(l.categoryCode);
    return category ? [{ ...category }] : [];
  });
}

/**
 * Per-request batching of the relations GraphQL walks, so a page of 100 co-ops costs a handful
 * of queries instead of hundreds.
 */
export function createLoaders(db: Database, viewerId: string | null) {
  let viewerIsAdmin: Promise<boolean> | null = null;
  return {
    /** Whether the signed-in person is a site administrator (read once per request). */
    viewerIsAdmin(): Promise<boolean> {
      if (!viewerId) return Promise.resolve(false);
      viewerIsAdmin ??= db.user.findUnique({ where: { id: viewerId }, select: { siteRole: true } }).then((u) => u?.siteRole === 'ADMIN');
      return viewerIsAdmin;
    },
    coop: new DataLoader<string, Coop | null>(async (ids) =>
      byId(ids, await db.coop.findMany({ where: { id: { in: [...ids] } } })),
    ),
    place: new DataLoader<string, Place | null>(async (ids) =>
      byId(ids, await db.place.findMany({ where: { id: { in: [...ids] } } })),
    ),
    user: new DataLoader<string, User | null>(async (ids) =>
      byId(ids, await db.user.findMany({ where: { id: { in: [...ids] } } })),
    ),
    need: new DataLoader<string, Need | null>(async (ids) =>
      byId(ids, await db.need.findMany({ where: { id: { in: [...ids] } } })),
    ),
    offer: new DataLoader<string, Offer | null>(async (ids) =>
      byId(ids, await db.offer.findMany({ where: { id: { in: [...ids] } } })),
    ),
    match: new DataLoader<string, Match | null>(async (ids) =>
      byId(ids, await db.match.findMany({ where: { id: { in: [...ids] } } })),
    ),
    introduction: new DataLoader<string, Introduction | null>(async (ids) =>
      byId(ids, await db.introduction.findMany({ where: { id: { in: [...ids] } } })),
    ),
    referral: new DataLoader<string, Referral | null>(async (ids) =>
      byId(ids, await db.referral.findMany({ where: { id: { in: [...ids] } } })),
    ),
    claim: new DataLoader<string, CoopClaim | null>(async (ids) =>
      byId(ids, await db.coopClaim.findMany({ where: { id: { in: [...ids] } } })),
    ),
    businessThanks: new DataLoader<string, BusinessThanks | null>(async (ids) =>
      byId(ids, await db.businessThanks.findMany({ where: { id: { in: [...ids] } } })),
    ),
    /** Each co-op's kept referral totals (four queries for any number of co-ops). */
    referralLedgerRows: new DataLoader<string, LedgerRows>((coopIds) => loadLedgerRows(db, coopIds)),
    /** Each referral's history, oldest first. */
    referralHistory: new DataLoader<string, ReferralEvent[]>(async (referralIds) => {
      const rows = await db.referralEvent.findMany({
        where: { referralId: { in: [...referralIds] } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return groupBy(referralIds, rows, (e) => e.referralId);
    }),
    // The taxonomy is served from memory (see taxonomy.resolvers); only the links are read.
    categoriesOfCoop: new DataLoader<string, TaxonomyCategory[]>(async (coopIds) => {
      const links = await db.coopCategory.findMany({ where: { coopId: { in: [...coopIds] } }, orderBy: { categoryCode: 'asc' } });
      return groupBy(coopIds, links, (l) => l.coopId).map(toCategories);
    }),
    categoriesOfNeed: new DataLoader<string, TaxonomyCategory[]>(async (needIds) => {
      const links = await db.needCategory.findMany({ where: { needId: { in: [...needIds] } }, orderBy: { categoryCode: 'asc' } });
      return groupBy(needIds, links, (l) => l.needId).map(toCategories);
    }),
    categoriesOfOffer: new DataLoader<string, TaxonomyCategory[]>(async (offerIds) => {
      const links = await db.offerCategory.findMany({ where: { offerId: { in: [...offerIds] } }, orderBy: { categoryCode: 'asc' } });
      return groupBy(offerIds, links, (l) => l.offerId).map(toCategories);
    }),
    /** What the signed-in person's co-ops said about each match asked about. */
    viewerFeedback: new DataLoader<string, { coopId: string; kind: FeedbackKind }[]>(async (matchIds) => {
      if (!viewerId) return matchIds.map(() => []);
      const rows = await db.matchFeedback.findMany({
        where: { matchId: { in: [...matchIds] }, coop: { memberships: { some: { userId: viewerId } } } },
        select: { matchId: true, coopId: true, kind: true },
      });
      return groupBy(matchIds, rows, (r) => r.matchId!);
    }),
    /** The co-ops the signed-in person's co-ops introduced themselves to, per match. */
    viewerIntroductions: new DataLoader<string, { fromCoopId: string }[]>(async (matchIds) => {
      if (!viewerId) return matchIds.map(() => []);
      const rows = await db.introduction.findMany({
        where: { matchId: { in: [...matchIds] }, fromCoop: { memberships: { some: { userId: viewerId } } } },
        select: { matchId: true, fromCoopId: true },
      });
      return groupBy(matchIds, rows, (r) => r.matchId!);
    }),
    membershipsOfCoop: new DataLoader<string, Membership[]>(async (coopIds) => {
      const rows = await db.membership.findMany({
        where: { coopId: { in: [...coopIds] } },
        orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
      });
      return groupBy(coopIds, rows, (m) => m.coopId);
    }),
    membershipsOfUser: new DataLoader<string, Membership[]>(async (userIds) => {
      const rows = await db.membership.findMany({
        where: { userId: { in: [...userIds] } },
        orderBy: { createdAt: 'asc' },
      });
      return groupBy(userIds, rows, (m) => m.userId);
    }),
    /** The signed-in person's role in each co-op asked about (null: not a member). */
    viewerRole: new DataLoader<string, MemberRole | null>(async (coopIds) => {
      if (!viewerId) return coopIds.map(() => null);
      const rows = await db.membership.findMany({
        where: { userId: viewerId, coopId: { in: [...coopIds] } },
      });
      const roles = new Map(rows.map((m) => [m.coopId, m.role]));
      return coopIds.map((id) => roles.get(id) ?? null);
    }),
    /** Whether the signed-in person organises each council asked about. */
    viewerOrganises: new DataLoader<string, boolean>(async (councilIds) => {
      if (!viewerId) return councilIds.map(() => false);
      const rows = await db.councilOrganiser.findMany({ where: { userId: viewerId, councilId: { in: councilIds.filter(isId) } } });
      const organised = new Set(rows.map((r) => r.councilId));
      return councilIds.map((id) => organised.has(id));
    }),
    /** Whether the signed-in person may have each meeting's link and see who is coming. */
    viewerIsInsider: new DataLoader<Pick<Meeting, 'id' | 'councilId'>, boolean, string>(
      (meetings) => Promise.all(meetings.map((m) => isInsider(db, m, viewerId))),
      { cacheKeyFn: (m) => m.id },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
