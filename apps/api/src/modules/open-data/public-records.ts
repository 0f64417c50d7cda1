import type { CoopType, Database, Prisma } from '@principle-six/db';
import { liveWhere } from '../../access/postings-access';
import { publicCoopWhere, publicPostingWhere } from '../../access/visibility';
import { isId } from '../../errors/ids';
import { COOPS_UK_SOURCE } from './licence';

/**
 * The records open data is made of, with the fields everyone may see and no others: a co-op's
 * public profile (never its contact details or members' notes) and open needs and offers. Every
 * open-data path (Murmurations, exports, schema.org) reads through here, so what is public is
 * decided once, by access/visibility.ts and postings-access.ts.
 */

export interface PublicPlace {
  name: string;
  countryCode: string;
  region: string | null;
}

export interface PublicCoop {
  id: string;
  slug: string;
  name: string;
  provides: string;
  whyBuy: string;
  wantToTalkTo: string;
  coopType: CoopType;
  website: string | null;
  address: string | null;
  postcode: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Where the record came from ('coops-uk' for the register), for the credit it carries. */
  source: string | null;
  sourceId: string | null;
  isDemo: boolean;
  createdAt: Date;
  updatedAt: Date;
  place: PublicPlace;
  categoryCodes: string[];
  /** Councils it belongs to (members, not invited or asking). */
  councils: { slug: string; name: string }[];
}

export const PUBLIC_COOP_SELECT = {
  id: true,
  slug: true,
  name: true,
  provides: true,
  whyBuy: true,
  wantToTalkTo: true,
  coopType: true,
  website: true,
  address: true,
  postcode: true,
  latitude: true,
  longitude: true,
  source: true,
  sourceId: true,
  isDemo: true,
  createdAt: true,
  updatedAt: true,
  place: { select: { name: true, countryCode: true, region: true } },
  categories: { select: { categoryCode: true }, orderBy: { categoryCode: 'asc' } },
  councils: { where: { status: 'MEMBER' }, select: { council: { select: { slug: true, name: true } } }, orderBy: { council: { name: 'asc' } } },
} satisfies Prisma.CoopSelect;

type CoopRow = Prisma.CoopGetPayload<{ select: typeof PUBLIC_COOP_SELECT }>;

export function toPublicCoop(row: CoopRow): PublicCoop {
  const { categories, councils, ...rest } = row;
  return { ...rest, categoryCodes: categories.map((c) => c.categoryCode), councils: councils.map((m) => m.council) };
}

export async function publicCoopBySlug(db: Database, slug: string): Promise<PublicCoop | null> {
  if (!/^[\p{L}\p{N}-]{1,200}$/u.test(slug)) return null;
  const row = await db.coop.findFirst({ where: { slug, ...publicCoopWhere }, select: PUBLIC_COOP_SELECT });
  return row && toPublicCoop(row);
}

/** Public co-ops among these ids, in the order given (a search's order, for an export). */
export async function publicCoopsByIds(db: Pick<Database, 'coop'>, ids: readonly string[]): Promise<PublicCoop[]> {
  const rows = await db.coop.findMany({ where: { id: { in: [...ids] }, ...publicCoopWhere }, select: PUBLIC_COOP_SELECT });
  const byId = new Map(rows.map((r) => [r.id, toPublicCoop(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type PostingKind = 'need' | 'offer';

export interface PublicPosting {
  kind: PostingKind;
  id: string;
  title: string;
  description: string;
  categoryCodes: string[];
  place: PublicPlace | null;
  latitude: number | null;
  longitude: number | null;
  radiusKm: number | null;
  expiresAt: Date;
  createdAt: Date;
  updatedAt: Date;
  /** A need's budget, shown on its page to everyone. */
  budget: { amount: number; currency: string } | null;
  coop: { slug: string; name: string; source: string | null; latitude: number | null; longitude: number | null; place: PublicPlace };
}

const POSTING_SELECT = {
  id: true,
  title: true,
  description: true,
  latitude: true,
  longitude: true,
  radiusKm: true,
  expiresAt: true,
  createdAt: true,
  updatedAt: true,
  place: { select: { name: true, countryCode: true, region: true } },
  coop: { select: { slug: true, name: true, source: true, latitude: true, longitude: true, place: { select: { name: true, countryCode: true, region: true } } } },
} as const;

/** Open (live) and public: what anyone sees of needs and offers. */
export function openPublicPostingWhere(now = new Date()) {
  return { ...publicPostingWhere, ...liveWhere(now) };
}

export async function openPublicPosting(db: Database, kind: PostingKind, id: string): Promise<PublicPosting | null> {
  if (!isId(id)) return null;
  const where = { id, ...openPublicPostingWhere() };
  if (kind === 'need') {
    const need = await db.need.findFirst({
      where,
      select: { ...POSTING_SELECT, budgetAmount: true, budgetCurrency: true, categories: { select: { categoryCode: true }, orderBy: { categoryCode: 'asc' } } },
    });
    if (!need) return null;
    const { budgetAmount, budgetCurrency, categories, ...rest } = need;
    return {
      kind,
      ...rest,
      categoryCodes: categories.map((c) => c.categoryCode),
      budget: budgetAmount !== null && budgetCurrency ? { amount: budgetAmount, currency: budgetCurrency } : null,
    };
  }
  const offer = await db.offer.findFirst({ where, select: { ...POSTING_SELECT, categories: { select: { categoryCode: true }, orderBy: { categoryCode: 'asc' } } } });
  if (!offer) return null;
  const { categories, ...rest } = offer;
  return { kind, ...rest, categoryCodes: categories.map((c) => c.categoryCode), budget: null };
}

/** Whether any public co-op came from Co-operatives UK's register: a listing of them all must credit it. */
export async function holdsRegisterRecords(db: Database): Promise<boolean> {
  return (await db.coop.count({ where: { source: COOPS_UK_SOURCE, ...publicCoopWhere }, take: 1 })) > 0;
}
