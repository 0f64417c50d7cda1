import type { Council, CouncilMember, Database, Prisma } from '@principle-six/db';
import { publicCoopWhere } from '../../access/visibility';
import { isId } from '../../errors/ids';
import { fail, invalidInput, ok, type Result } from '../../errors/user-errors';
import { decodeCursor, encodeCursor } from '../coops/cursor';

/** The largest page of a council's members: the map asks for this many at once. */
export const MAX_MEMBER_PAGE = 500;
export const MAX_COUNCIL_PAGE = 100;
export const MAX_MEETINGS = 50;

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export type MemberWithName = CouncilMember & { coopName: string };

/** Checks `first` and decodes `after`, the (name, id) cursor of both lists here. */
function pageArgs(first: number, after: string | null, max: number, noun: string): Result<{ name: string; id: string } | null> {
  if (!Number.isInteger(first) || first < 1 || first > max) return fail(invalidInput(`Ask for 1 to ${max} ${noun} at a time.`, 'first'));
  const cursor = after ? decodeCursor(after) : null;
  if (after && !cursor) return fail(invalidInput('That page link is not valid; start from the first page.', 'after'));
  return ok(cursor);
}

function pageOf<T>(rows: T[], first: number, cursorOf: (row: T) => string): Page<T> {
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return { nodes, hasNextPage: rows.length > first, endCursor: last ? cursorOf(last) : null };
}

/** A council's member co-ops in name order (keyset pages: deep pages cost what the first does). */
export async function councilMembers(db: Database, councilId: string, first: number, after: string | null): Promise<Result<Page<MemberWithName>>> {
  const cursor = pageArgs(first, after, MAX_MEMBER_PAGE, 'co-ops');
  if (!cursor.ok) return cursor;
  const c = cursor.value;
  const rows = await db.councilMember.findMany({
    where: {
      councilId,
      status: 'MEMBER',
      // The public member list leaves out co-ops a site administrator hid (access/visibility.ts).
      coop: { ...publicCoopWhere, ...(c ? { OR: [{ name: { gt: c.name } }, { name: c.name, id: { gt: c.id } }] } : {}) },
    },
    include: { coop: { select: { name: true } } },
    orderBy: [{ coop: { name: 'asc' } }, { coopId: 'asc' }],
    take: first + 1,
  });
  const named = rows.map(({ coop, ...row }) => ({ ...row, coopName: coop.name }));
  return ok(pageOf(named, first, (m) => encodeCursor(m.coopName, m.coopId)));
}

/** Councils in name order, optionally those whose name or area contains `query`. */
export async function councilsPage(db: Database, first: number, after: string | null, query: string | null): Promise<Result<Page<Council>>> {
  const cursor = pageArgs(first, after, MAX_COUNCIL_PAGE, 'councils');
  if (!cursor.ok) return cursor;
  const c = cursor.value;
  // Control characters (a NUL above all) can name no council, and PostgreSQL refuses NUL in text.
  const text = query?.replace(/\p{Cc}/gu, '').trim().slice(0, 100);
  const where: Prisma.CouncilWhereInput = {
    AND: [
      text ? { OR: [{ name: { contains: text, mode: 'insensitive' } }, { area: { contains: text, mode: 'insensitive' } }] } : {},
      c ? { OR: [{ name: { gt: c.name } }, { name: c.name, id: { gt: c.id } }] } : {},
    ],
  };
  const rows = await db.council.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], take: first + 1 });
  return ok(pageOf(rows, first, (council) => encodeCursor(council.name, council.id)));
}

/** Meetings of a council from now on (soonest first) or already started (latest first). */
export function councilMeetings(db: Database, councilId: string, when: 'upcoming' | 'past', take: number) {
  const now = new Date();
  return when === 'upcoming'
    ? db.meeting.findMany({ where: { councilId, endsAt: { gt: now }, cancelledAt: null }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], take })
    : db.meeting.findMany({ where: { councilId, startsAt: { lte: now } }, orderBy: [{ startsAt: 'desc' }, { id: 'desc' }], take });
}

/** The person's co-ops and where each stands with the council. */
export async function viewerCoops(db: Database, councilId: string, userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId },
    include: { coop: { include: { councils: { where: { councilId } } } } },
    orderBy: { createdAt: 'asc' },
    take: 50,
  });
  return memberships.map((m) => ({ coop: m.coop, status: m.coop.councils[0]?.status ?? null, canAct: m.role === 'OWNER' }));
}

/** Councils the person organises or one of their co-ops belongs to, by name. */
export function councilsOfPerson(db: Database, userId: string) {
  return db.council.findMany({
    where: {
      OR: [{ organisers: { some: { userId } } }, { members: { some: { status: 'MEMBER', coop: { memberships: { some: { userId } } } } } }],
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 50,
  });
}

export function councilsOfCoop(db: Database, coopId: string) {
  if (!isId(coopId)) return Promise.resolve([]);
  return db.council.findMany({ where: { members: { some: { coopId, status: 'MEMBER' } } }, orderBy: [{ name: 'asc' }, { id: 'asc' }], take: 50 });
}
