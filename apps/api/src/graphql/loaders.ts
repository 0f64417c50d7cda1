import DataLoader from 'dataloader';
import type { Coop, Database, Membership, MemberRole, Place, User } from '@principle-six/db';
import { findCategory, type Category as TaxonomyCategory } from '@principle-six/taxonomy';

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

/**
 * Per-request batching of the relations GraphQL walks, so a page of 100 co-ops costs a handful
 * of queries instead of hundreds.
 */
export function createLoaders(db: Database, viewerId: string | null) {
  return {
    coop: new DataLoader<string, Coop | null>(async (ids) =>
      byId(ids, await db.coop.findMany({ where: { id: { in: [...ids] } } })),
    ),
    place: new DataLoader<string, Place | null>(async (ids) =>
      byId(ids, await db.place.findMany({ where: { id: { in: [...ids] } } })),
    ),
    user: new DataLoader<string, User | null>(async (ids) =>
      byId(ids, await db.user.findMany({ where: { id: { in: [...ids] } } })),
    ),
    // The taxonomy is served from memory (see taxonomy.resolvers); only the links are read.
    categoriesOfCoop: new DataLoader<string, TaxonomyCategory[]>(async (coopIds) => {
      const links = await db.coopCategory.findMany({
        where: { coopId: { in: [...coopIds] } },
        orderBy: { categoryCode: 'asc' },
      });
      return groupBy(coopIds, links, (l) => l.coopId).map((ls) =>
        ls.flatMap((l) => {
          const category = findCategory(l.categoryCode);
          return category ? [{ ...category }] : [];
        }),
      );
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
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
