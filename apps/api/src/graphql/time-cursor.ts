import { isId } from '../errors/ids';

/** A page link for lists in (createdAt, id) order: newest-first inboxes and postings. */
export function encodeTimeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');
}

/** Null for anything encodeTimeCursor did not make. */
export function decodeTimeCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(at ?? '');
  return id && isId(id) && isPlausibleTime(createdAt) ? { createdAt, id } : null;
}

/** The Prisma filter for rows after a (createdAt, id) cursor in newest-first order; none without one. */
export function olderThan(cursor: { createdAt: Date; id: string } | null) {
  return cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {};
}

/** A time a row of ours can have been made at; PostgreSQL refuses some that JavaScript takes. */
export function isPlausibleTime(at: Date): boolean {
  const year = at.getUTCFullYear();
  return !Number.isNaN(at.getTime()) && year >= 1970 && year <= 9999;
}
