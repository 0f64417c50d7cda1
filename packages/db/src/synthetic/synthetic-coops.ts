import { CATEGORIES } from '@principle-six/taxonomy';
import type { Database } from '../client';
import { DEMO_TRADES } from '../demo/trades';

/** A town synthetic co-ops may be based in; the list should run from most to least populous. */
export interface SyntheticPlace {
  name: string;
  countryCode: string;
  region: string | null;
  latitude: number;
  longitude: number;
}

export interface SyntheticOptions {
  /** How many synthetic co-ops the database should hold when done (existing ones are kept). */
  count: number;
  places: readonly SyntheticPlace[];
  /** Rows per statement; each batch also rebuilds its search documents. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export const SYNTHETIC_SOURCE = 'synthetic';

const REBUILD_INDEXES_FROM = 100_000;

const NAME_ENDINGS = ['Co-operative', 'Co-op', 'Workers Co-operative', 'Collective', 'Community Co-operative', 'Society'];

/**
 * Fills a benchmark database with `count` made-up co-ops at the speed of SQL (about a million in
 * minutes, where row-by-row Prisma inserts would take hours). Deterministic: co-op n always has
 * the same id, name, text, class, place and join date, so runs on different days compare.
 * Each co-op is a demo trade (its wording and kinds of co-op) filed under one SIC class of that
 * trade's divisions, named after it, in a town drawn with a bias to large towns. Documents are
 * built by the same refresh_coop_search() the app uses, so the text search sees real documents.
 *
 * For large loads, secondary indexes on coops are dropped during the load and rebuilt after it
 * (far faster than maintaining a GIN index row by row). The table is then vacuumed and analysed.
 */
export async function generateSyntheticCoops(db: Database, options: SyntheticOptions): Promise<{ created: number }> {
  const batchSize = options.batchSize ?? 20_000;
  const existing = await db.coop.count({ where: { source: SYNTHETIC_SOURCE } });
  if (existing >= options.count) return { created: 0 };

  await stageTrades(db);
  await stagePlaces(db, options.places);
  // Rebuilding pays only for large loads. It also leaves the new indexes unusable to snapshots
  // older than themselves (pg_index.indcheckxmin, as the load's updates made HOT chains), which
  // a test reading plans straight after a small load must not depend on.
  const indexes = options.count - existing >= REBUILD_INDEXES_FROM ? await droppableIndexes(db) : [];
  for (const index of indexes) await db.$executeRawUnsafe(`DROP INDEX ${index.name}`);
  try {
    for (let from = existing + 1; from <= options.count; from += batchSize) {
      const to = Math.min(from + batchSize - 1, options.count);
      await insertBatch(db, from, to);
      options.onProgress?.(to, options.count);
    }
    // Each row was written twice (insert, then its search document): compact the table as a
    // steadily written one would be, before the indexes are built over it.
    if (indexes.length) await db.$executeRawUnsafe('VACUUM FULL coops');
  } finally {
    for (const index of indexes) await db.$executeRawUnsafe(index.definition);
  }
  await db.$executeRawUnsafe('VACUUM ANALYZE coops');
  await db.$executeRawUnsafe('ANALYZE coop_categories');
  await db.$executeRawUnsafe('ANALYZE search_terms');
  return { created: options.count - existing };
}

/** One row per (trade, class): the wording a synthetic co-op is made from. */
async function stageTrades(db: Database): Promise<void> {
  const rows = DEMO_TRADES.flatMap((trade) => {
    const classes = CATEGORIES.filter(
      (c) => c.level === 'CLASS' && c.parentCode !== null && trade.divisions.includes(c.parentCode),
    );
    const codes = classes.length ? classes : CATEGORIES.filter((c) => trade.divisions.includes(c.code));
    return codes.map((category) => ({
      category_code: category.code,
      category_name: category.name,
      nouns: trade.nouns,
      provides: trade.provides,
      why_buy: trade.whyBuy,
      talk: trade.wantToTalkTo,
      coop_types: trade.coopTypes,
    }));
  });
  await db.$executeRawUnsafe('DROP TABLE IF EXISTS synthetic_trades');
  await db.$executeRaw`
    CREATE UNLOGGED TABLE synthetic_trades AS
    SELECT (row_number() OVER ()) - 1 AS i, x.*
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
           AS x(category_code text, category_name text, nouns text[], provides text[], why_buy text[],
                talk text[], coop_types text[])`;
}

/** The towns, stored as places, numbered from the most populous. */
async function stagePlaces(db: Database, places: readonly SyntheticPlace[]): Promise<void> {
  const rows = places.map((p, i) => ({ i, ...p }));
  await db.$executeRaw`
    INSERT INTO places (id, name, country_code, region, latitude, longitude)
    SELECT md5('synthetic-place-' || x."countryCode" || x.name)::uuid, x.name, x."countryCode", x.region,
           x.latitude, x.longitude
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
           AS x(i int, name text, "countryCode" text, region text, latitude float8, longitude float8)
    ON CONFLICT (name, country_code) DO NOTHING`;
  await db.$executeRawUnsafe('DROP TABLE IF EXISTS synthetic_places');
  await db.$executeRaw`
    CREATE UNLOGGED TABLE synthetic_places AS
    SELECT x.i, p.id, p.name, p.latitude, p.longitude
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(i int, name text, "countryCode" text)
      JOIN places p ON p.name = x.name AND p.country_code = x."countryCode"`;
}

async function droppableIndexes(db: Database): Promise<{ name: string; definition: string }[]> {
  return db.$queryRaw<{ name: string; definition: string }[]>`
    SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
      FROM pg_index i
     WHERE i.indrelid = 'coops'::regclass AND NOT i.indisunique AND NOT i.indisprimary`;
}

/**
 * Co-ops `from`..`to`. Every choice comes from slices of md5(n): a trade-and-class, a town
 * (u² over the population order, so big towns get more co-ops), wording, a kind of co-op, a
 * distance from the town centre and a join date within ten years of 2026-11-01.
 */
async function insertBatch(db: Database, from: number, to: number): Promise<void> {
  await db.$transaction(async (tx) => {
    // One statement: each co-op's choices are made once, then give its row and its category.
    await tx.$executeRaw`
      WITH n AS (SELECT count(*) AS trades FROM synthetic_trades),
           np AS (SELECT count(*) AS places FROM synthetic_places),
           r AS (
        SELECT g, ('x' || substr(h, 1, 8))::bit(32)::bigint AS r1, ('x' || substr(h, 9, 8))::bit(32)::bigint AS r2,
               ('x' || substr(h, 17, 8))::bit(32)::bigint AS r3, ('x' || substr(h, 25, 8))::bit(32)::bigint AS r4
          FROM (SELECT g, md5('synthetic-' || g) AS h FROM generate_series(${from}::int, ${to}::int) g) s
      ), chosen AS MATERIALIZED (
        SELECT r.*, md5('synthetic-coop-' || r.g)::uuid AS id, r.r1 % n.trades AS trade,
               floor(np.places * power((r.r2 % 1000000) / 1000000.0, 2))::int AS place
          FROM r, n, np
      ), inserted AS (
        INSERT INTO coops (id, slug, name, place_id, provides, why_buy, want_to_talk_to, coop_type, is_demo,
                           latitude, longitude, source, source_id, created_at, updated_at)
        SELECT c.id,
               'synthetic-' || c.g,
               t.nouns[1 + c.r3 % cardinality(t.nouns)] || ' ' || p.name || ' '
                 || (${NAME_ENDINGS}::text[])[1 + c.r4 % ${NAME_ENDINGS.length}],
               p.id,
               t.provides[1 + c.r4 % cardinality(t.provides)] || ' Specialists in ' || lower(t.category_name) || '.',
               t.why_buy[1 + c.r3 % cardinality(t.why_buy)],
               t.talk[1 + c.r2 % cardinality(t.talk)],
               t.coop_types[1 + c.r2 % cardinality(t.coop_types)]::"CoopType",
               true,
               p.latitude + ((c.r3 % 2001) - 1000) / 20000.0,
               p.longitude + ((c.r4 % 2001) - 1000) / 12000.0,
               ${SYNTHETIC_SOURCE}, c.g::text,
               timestamptz '2026-11-01' - make_interval(mins => (c.r2 % (3650 * 1440))::int),
               timestamptz '2026-11-01'
          FROM chosen c
          JOIN synthetic_trades t ON t.i = c.trade
          JOIN synthetic_places p ON p.i = c.place
        RETURNING id
      )
      INSERT INTO coop_categories (coop_id, category_code)
      SELECT c.id, t.category_code FROM chosen c JOIN synthetic_trades t ON t.i = c.trade`;
    await tx.$executeRaw`
      SELECT refresh_coop_search(array(SELECT md5('synthetic-coop-' || g)::uuid
                                         FROM generate_series(${from}::int, ${to}::int) g))`;
  }, { timeout: 10 * 60_000 });
}
