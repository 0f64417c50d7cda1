import { Prisma, type Database } from '@principle-six/db';

/**
 * The state of every table in the public schema, to show that a refused call wrote nothing.
 * Left out: Prisma's migration history and `rate_limits`, whose counters a refusal may rightly
 * move (and which the tests keep in memory anyway).
 */

const IGNORED = new Set(['_prisma_migrations', 'rate_limits']);

export async function publicTables(db: Database): Promise<string[]> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  return rows.map((row) => row.name).filter((name) => !IGNORED.has(name));
}

const quoted = (name: string) => Prisma.raw(`"${name.replace(/"/g, '""')}"`);

/** Rows per table, in one query. */
export async function rowCounts(db: Database, tables: string[]): Promise<Record<string, number>> {
  const parts = tables.map((name) => Prisma.sql`SELECT ${name} AS name, count(*)::int AS n FROM ${quoted(name)}`);
  const rows = await db.$queryRaw<{ name: string; n: number }[]>(Prisma.join(parts, ' UNION ALL '));
  return Object.fromEntries(rows.map((row) => [row.name, row.n]));
}

/**
 * Rows per table and a digest of their contents, so that an update is seen as well as an insert
 * or a delete. Costs a scan of each table: for the few calls of the authorisation matrix.
 */
export async function tableDigests(db: Database, tables: string[]): Promise<Record<string, string>> {
  const parts = tables.map(
    (name) => Prisma.sql`SELECT ${name} AS name, count(*)::text || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest
      FROM ${quoted(name)} t`,
  );
  const rows = await db.$queryRaw<{ name: string; digest: string }[]>(Prisma.join(parts, ' UNION ALL '));
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

/** The tables whose entry differs, with both values: `needs: 3 → 4`. */
export function changes<T>(before: Record<string, T>, after: Record<string, T>): string[] {
  return Object.keys({ ...before, ...after })
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name}: ${String(before[name])} → ${String(after[name])}`);
}
