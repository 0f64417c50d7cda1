import type { Database } from '@principle-six/db';
import { liveSql } from '../../access/postings-access';
import { publicCoopSql, publicPostingSql } from '../../access/visibility';
import { isId } from '../../errors/ids';
import { ORGANISATION_SCHEMA, OFFERS_WANTS_SCHEMA } from './murmurations';

/**
 * The list a Murmurations index (or any crawler) reads to find every profile and whether it
 * changed: co-ops, then needs, then offers, each in id order, paged by a cursor so that page
 * 1,000 costs what page 1 does.
 */

export const KINDS = ['coops', 'needs', 'offers'] as const;
export type ProfileKind = (typeof KINDS)[number];

export const MAX_INDEX_PAGE = 1000;

export interface IndexEntry {
  kind: ProfileKind;
  id: string;
  /** The slug for a co-op, the id for a need or offer: the profile's file name. */
  key: string;
  schema: string;
  updatedAt: Date;
}

export interface IndexCursor {
  kind: ProfileKind;
  id: string;
}

export function encodeIndexCursor(cursor: IndexCursor): string {
  return `${cursor.kind}:${cursor.id}`;
}

/** null for a cursor that names no kind or no id: the caller answers 400. */
export function decodeIndexCursor(text: string): IndexCursor | null {
  const [kind, id] = text.split(':');
  return KINDS.includes(kind as ProfileKind) && id && isId(id) ? { kind: kind as ProfileKind, id } : null;
}

const ZERO_ID = '00000000-0000-0000-0000-000000000000';

function rowsOf(db: Database, kind: ProfileKind, afterId: string, limit: number) {
  switch (kind) {
    case 'coops':
      return db.$queryRaw<{ id: string; key: string; updatedAt: Date }[]>`
        SELECT id::text, slug AS key, updated_at AS "updatedAt" FROM coops c
         WHERE ${publicCoopSql('c')} AND c.id > ${afterId}::uuid ORDER BY c.id LIMIT ${limit}`;
    case 'needs':
      return db.$queryRaw<{ id: string; key: string; updatedAt: Date }[]>`
        SELECT id::text, id::text AS key, updated_at AS "updatedAt" FROM needs n
         WHERE ${liveSql('n')} AND ${publicPostingSql('n')} AND n.id > ${afterId}::uuid ORDER BY n.id LIMIT ${limit}`;
    case 'offers':
      return db.$queryRaw<{ id: string; key: string; updatedAt: Date }[]>`
        SELECT id::text, id::text AS key, updated_at AS "updatedAt" FROM offers o
         WHERE ${liveSql('o')} AND ${publicPostingSql('o')} AND o.id > ${afterId}::uuid ORDER BY o.id LIMIT ${limit}`;
  }
}

/** A page of the index after `cursor` (from the start when null), and the cursor of the next page. */
export async function indexPage(db: Database, cursor: IndexCursor | null, limit: number): Promise<{ entries: IndexEntry[]; next: IndexCursor | null }> {
  const entries: IndexEntry[] = [];
  let start = cursor ? KINDS.indexOf(cursor.kind) : 0;
  let afterId = cursor?.id ?? ZERO_ID;
  for (; start < KINDS.length && entries.length < limit; start++, afterId = ZERO_ID) {
    const kind = KINDS[start]!;
    const rows = await rowsOf(db, kind, afterId, limit - entries.length);
    const schema = kind === 'coops' ? ORGANISATION_SCHEMA : OFFERS_WANTS_SCHEMA;
    entries.push(...rows.map((r) => ({ kind, id: r.id, key: r.key, schema, updatedAt: r.updatedAt })));
  }
  const last = entries.at(-1);
  // A full page may be the last; the next then comes back empty, which says so.
  return { entries, next: entries.length === limit && last ? { kind: last.kind, id: last.id } : null };
}

