import { Prisma, type Coop } from '@principle-six/db';
import { isId } from '../errors/ids';

/**
 * What a site administrator's "hide" means, in one place. A hidden co-op, need or offer (its
 * `hidden_at` set), and every need and offer of a hidden co-op, is seen only by the members of
 * its own co-op and by site administrators. For everyone else it is not there: not in search,
 * the directory, the needs and offers lists, matching, the sitemaps or a shared link's preview,
 * and fetching it by slug or id finds nothing. Every public read path takes its filter or its
 * predicate from here, so the rule cannot drift between them.
 *
 * What was already between two co-ops (a referral, a thank-you, a council membership, an
 * introduction) keeps naming a hidden co-op to those it concerns: hiding takes a profile out of
 * public view, it does not rewrite others' records. Nothing new starts with it, though: a
 * referral, a thank-you, a council invitation or a look at its contact details names it as a co-op
 * that is not there (coopVisibleTo), unless the person may see it.
 */

/** A table alias in SQL (`c`, `n`, `o`...): letters only, so it can be written in raw. */
function alias(name: string): Prisma.Sql {
  if (!/^[a-z]{1,4}$/.test(name)) throw new Error(`Not a table alias: ${name}`);
  return Prisma.raw(name);
}

/** SQL: the co-op row `c` (by alias) is shown to everyone. */
export function publicCoopSql(c = 'c'): Prisma.Sql {
  return Prisma.sql`${alias(c)}.hidden_at IS NULL`;
}

/**
 * SQL: the need or offer row `p` (by alias) is not hidden, nor its co-op. The few hidden co-ops
 * come from a small partial index (coops_hidden_idx), hashed once per statement.
 */
export function publicPostingSql(p: string): Prisma.Sql {
  const t = alias(p);
  return Prisma.sql`(${t}.hidden_at IS NULL AND ${t}.coop_id NOT IN (SELECT hc.id FROM coops hc WHERE hc.hidden_at IS NOT NULL))`;
}

/** SQL for a posting row read without an alias (the needs/offers lists). */
export const PUBLIC_POSTING_UNALIASED = Prisma.sql`(hidden_at IS NULL AND coop_id NOT IN (SELECT hc.id FROM coops hc WHERE hc.hidden_at IS NOT NULL))`;

/** The Prisma filter for co-ops everyone sees. */
export const publicCoopWhere = { hiddenAt: null } satisfies Prisma.CoopWhereInput;

/** The Prisma filter for needs and offers everyone sees (liveness apart: see postings-access). */
export const publicPostingWhere = { hiddenAt: null, coop: { hiddenAt: null } } satisfies Prisma.NeedWhereInput & Prisma.OfferWhereInput;

/** Who is asking, as far as hidden things go. */
export interface Audience {
  /** Whether the person belongs to the co-op. */
  has(coopId: string): Promise<boolean>;
  /** Whether the person is a site administrator. */
  isAdmin(): Promise<boolean>;
  /** Whether a site administrator hid the co-op. */
  coopHidden(coopId: string): Promise<boolean>;
}

/** Whether the item is out of public view: hidden itself, or its co-op is. */
export async function isHidden(item: { hiddenAt: Date | null; coopId: string }, audience: Pick<Audience, 'coopHidden'>): Promise<boolean> {
  return item.hiddenAt !== null || (await audience.coopHidden(item.coopId));
}

/**
 * Whether a person may see a hidden item at all: its own co-op's members and site
 * administrators. For an item that is not hidden this says nothing; other rules decide.
 */
export async function seesHidden(coopId: string, audience: Audience): Promise<boolean> {
  return (await audience.isAdmin()) || (await audience.has(coopId));
}

/** Whether the person may see the co-op's profile at all (coop(slug), coopById, page meta). */
export async function canSeeCoop(coop: Pick<Coop, 'id' | 'hiddenAt'>, audience: Audience): Promise<boolean> {
  return coop.hiddenAt === null || seesHidden(coop.id, audience);
}

/**
 * Whether the need or offer is out of sight for this person because of moderation: hidden (or its
 * co-op hidden) and the person neither in its co-op nor an administrator.
 */
export async function hiddenFrom(item: { hiddenAt: Date | null; coopId: string }, audience: Audience): Promise<boolean> {
  return (await isHidden(item, audience)) && !(await seesHidden(item.coopId, audience));
}

/**
 * Whether the co-op exists for this person: how a write that names another co-op (the co-op a
 * referral goes to, the one thanked or invited, whose contact details are shown) checks it.
 */
export async function coopVisibleTo(db: Pick<Prisma.TransactionClient, 'coop'>, coopId: string, audience: Audience): Promise<boolean> {
  if (!isId(coopId)) return false;
  const coop = await db.coop.findUnique({ where: { id: coopId }, select: { id: true, hiddenAt: true } });
  return coop !== null && (await canSeeCoop(coop, audience));
}
