import type { BusinessThanks, Database, Referral, ReferralStage } from '@principle-six/db';
import { fail, invalidInput, ok, type Result } from '../../errors/user-errors';
import { decodeTimeCursor, encodeTimeCursor, olderThan } from '../../graphql/time-cursor';
import { STAGE_WORDS } from './referral-stages';

export const MAX_REFERRAL_PAGE = 100;

interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Checks first/after; answers the decoded cursor. */
function pageArgs(first: number, after: string | null): Result<{ createdAt: Date; id: string } | null> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_REFERRAL_PAGE) {
    return fail(invalidInput(`Ask for 1 to ${MAX_REFERRAL_PAGE} at a time.`, 'first'));
  }
  const cursor = after ? decodeTimeCursor(after) : null;
  if (after && !cursor) return fail(invalidInput('That page link is not valid; start from the first page.', 'after'));
  return ok(cursor);
}

function toPage<T extends { createdAt: Date; id: string }>(rows: T[], first: number): Page<T> {
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return { nodes, hasNextPage: rows.length > first, endCursor: last ? encodeTimeCursor(last) : null };
}

/** A co-op's referrals on one side, newest first (the (coop, created_at, id) indexes serve it). */
export async function listReferrals(
  db: Database,
  coopId: string,
  side: 'GIVEN' | 'RECEIVED',
  options: { first: number; after: string | null; stages: string[] | null },
): Promise<Result<Page<Referral>>> {
  const cursor = pageArgs(options.first, options.after);
  if (!cursor.ok) return cursor;
  if (options.stages?.some((s) => !(s in STAGE_WORDS))) return fail(invalidInput('Choose stages from the list.', 'stages'));
  const rows = await db.referral.findMany({
    where: {
      ...(side === 'GIVEN' ? { fromCoopId: coopId } : { toCoopId: coopId }),
      ...(options.stages?.length ? { stage: { in: options.stages as ReferralStage[] } } : {}),
      ...olderThan(cursor.value),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: options.first + 1,
  });
  return ok(toPage(rows, options.first));
}

/** Thanks a co-op gave or received, newest first. */
export async function listThanks(
  db: Database,
  coopId: string,
  options: { first: number; after: string | null },
): Promise<Result<Page<BusinessThanks>>> {
  const cursor = pageArgs(options.first, options.after);
  if (!cursor.ok) return cursor;
  const rows = await db.businessThanks.findMany({
    where: { AND: [{ OR: [{ fromCoopId: coopId }, { toCoopId: coopId }] }, olderThan(cursor.value)] },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: options.first + 1,
  });
  return ok(toPage(rows, options.first));
}

/**
 * Co-ops other co-ops recommended for a need: referrals passed from it by anyone but the need's
 * own co-op, newest first, without those the receiver declined or the giver withdrew.
 */
export function recommendationsFor(db: Database, need: { id: string; coopId: string }, first: number): Promise<Referral[]> {
  return db.referral.findMany({
    where: { needId: need.id, fromCoopId: { not: need.coopId }, stage: { notIn: ['DECLINED', 'WITHDRAWN'] } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: first,
  });
}
