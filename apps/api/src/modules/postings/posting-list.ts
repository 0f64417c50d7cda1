import { Prisma, type Database, type Need, type Offer } from '@principle-six/db';
import { actsForPostingsOf, isLive, membershipsFromDb } from '../../access/postings-access';
import { PUBLIC_POSTING_UNALIASED, seesHidden } from '../../access/visibility';
import { isId } from '../../errors/ids';
import { decodeTimeCursor, encodeTimeCursor } from '../../graphql/time-cursor';
import { fail, invalidInput, ok, type Result } from '../../errors/user-errors';
import { allWordsQuery } from '../search/tsquery';
import { wordGroups } from '../search/word-groups';

export const MAX_POSTING_PAGE = 100;

export interface PostingFilterValues {
  text?: string | null;
  categoryCodes?: string[] | null;
  coopId?: string | null;
  statuses?: string[] | null;
}

export interface PostingPage<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

type Table = 'needs' | 'offers';

/**
 * The public lists of needs and offers, newest first, a page at a time. Open ones are for
 * everyone; closed and expired ones only for members of the co-op the filter names. Hidden ones
 * (access/visibility.ts) only in the list of one co-op, for its members and administrators.
 */
export async function listPostings<T extends Need | Offer>(
  db: Database,
  table: Table,
  viewerId: string | undefined,
  filter: PostingFilterValues,
  first: number,
  after: string | null,
): Promise<Result<PostingPage<T>>> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_POSTING_PAGE) {
    return fail(invalidInput(`Ask for 1 to ${MAX_POSTING_PAGE} at a time.`, 'first'));
  }
  const cursor = after ? decodeTimeCursor(after) : null;
  if (after && !cursor) return fail(invalidInput('That page link is not valid; start from the first page.', 'after'));
  if (filter.text && filter.text.length > 200) return fail(invalidInput('Keep the search to 200 characters.', 'filter.text'));
  // Forgiving like search: control characters (NUL, which PostgreSQL refuses, included) are spaces.
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const text = filter.text?.replace(/[\u0000-\u001F\u007F]+/g, ' ').trim();
  const codes = filter.categoryCodes ?? [];
  if (codes.some((code) => !/^[A-Z0-9]{1,6}$/.test(code))) {
    return fail(invalidInput('Category codes are letters and digits, such as M or 69202.', 'filter.categoryCodes'));
  }
  if (filter.coopId && !isId(filter.coopId)) return fail(invalidInput('There is no such co-op.', 'filter.coopId'));

  const statuses = filter.statuses?.length ? filter.statuses : ['OPEN'];
  const wantsClosed = statuses.some((s) => s !== 'OPEN');
  const viewer = membershipsFromDb(db, viewerId);
  if (wantsClosed && !(filter.coopId && (await actsForPostingsOf(filter.coopId, viewer)))) {
    return fail(invalidInput('Closed and expired postings are listed for their own co-op only.', 'filter.statuses'));
  }
  const t = Prisma.raw(table);
  const conditions: Prisma.Sql[] = [statusCondition(statuses)];
  if (!(filter.coopId && (await seesHidden(filter.coopId, viewer)))) conditions.push(PUBLIC_POSTING_UNALIASED);
  if (text) {
    // The words as search reads them (stop words out, compounds joined, typos and related words
    // in), each of which a posting must hold in some form.
    const query = allWordsQuery((await wordGroups(db, text)).groups);
    if (query) conditions.push(Prisma.sql`search_document @@ ${query}::tsquery`);
  }
  if (codes.length) conditions.push(Prisma.sql`category_paths && ${codes}::text[]`);
  if (filter.coopId) conditions.push(Prisma.sql`coop_id = ${filter.coopId}::uuid`);
  const where = Prisma.join(conditions, ' AND ');
  const page = cursor
    ? Prisma.sql`AND (created_at, id) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`
    : Prisma.empty;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`SELECT id FROM ${t} WHERE ${where} ${page} ORDER BY created_at DESC, id DESC LIMIT ${first + 1}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${t} WHERE ${where}`,
  ]);
  const ids = rows.slice(0, first).map((r) => r.id);
  const found = (table === 'needs'
    ? await db.need.findMany({ where: { id: { in: ids } } })
    : await db.offer.findMany({ where: { id: { in: ids } } })) as T[];
  const byId = new Map(found.map((p) => [p.id, p]));
  const nodes = ids.flatMap((id) => byId.get(id) ?? []);
  const last = nodes.at(-1);
  return ok({ nodes, hasNextPage: rows.length > first, endCursor: last ? encodeTimeCursor(last) : null, totalCount: count?.n ?? 0 });
}

/** EXPIRED is derived: open but past its end date (OPEN here is access's isLive, in SQL). */
function statusCondition(statuses: string[]): Prisma.Sql {
  const parts = statuses.map((s) =>
    s === 'OPEN'
      ? Prisma.sql`(status = 'OPEN' AND expires_at > now())`
      : s === 'EXPIRED'
        ? Prisma.sql`(status = 'OPEN' AND expires_at <= now())`
        : Prisma.sql`status::text = ${s}`,
  );
  return Prisma.sql`(${Prisma.join(parts, ' OR ')})`;
}

/** A posting's status as people see it: open past its end date reads as expired. */
export function visibleStatus(p: { status: 'OPEN' | 'FULFILLED' | 'WITHDRAWN'; expiresAt: Date }, now = new Date()): string {
  return p.status === 'OPEN' && !isLive(p, now) ? 'EXPIRED' : p.status;
}
