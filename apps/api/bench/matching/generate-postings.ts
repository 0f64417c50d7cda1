import type { Database } from '@principle-six/db';

const BATCH = 50_000;
/**
 * Search documents are refreshed a thousand at a time: with tens of thousands of ids the
 * refresh functions' `id = ANY (ids)` is planned as a scan of the whole table, so a load would
 * slow down as the table grows.
 */
const CHUNK = 1_000;

/**
 * Adds synthetic offers and open needs to a database of synthetic co-ops (see
 * generateSyntheticCoops, whose staging tables synthetic_trades and synthetic_places it reuses),
 * at the speed of SQL. Deterministic, like the co-ops: posting n always has the same co-op, trade,
 * wording and area. An offer is in its co-op's own trade and town; a need asks for another
 * trade, from its co-op's town. One in ten of each is "anywhere". Search documents are built by
 * the app's own refresh_offer_search() and refresh_need_search().
 */
export async function generatePostings(
  db: Database,
  target: { offers: number; needs: number },
  onProgress: (line: string) => void,
): Promise<void> {
  const have = await db.$queryRaw<{ offers: bigint; needs: bigint; coops: bigint }[]>`
    SELECT (SELECT count(*) FROM offers) AS offers, (SELECT count(*) FROM needs) AS needs,
           (SELECT count(*) FROM coops WHERE source = 'synthetic') AS coops`;
  const { offers, needs, coops } = have[0] ?? { offers: 0n, needs: 0n, coops: 0n };
  if (coops === 0n) throw new Error('Generate synthetic co-ops first.');
  for (let from = Number(offers) + 1; from <= target.offers; from += BATCH) {
    const to = Math.min(from + BATCH - 1, target.offers);
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`
        WITH r AS (
          SELECT g, ('x' || substr(h, 1, 8))::bit(32)::bigint AS r1, ('x' || substr(h, 9, 8))::bit(32)::bigint AS r2
            FROM (SELECT g, md5('synthetic-offer-' || g) AS h FROM generate_series(${from}::int, ${to}::int) g) s
        ), chosen AS MATERIALIZED (
          SELECT r.*, md5('synthetic-offer-id-' || r.g)::uuid AS id, md5('synthetic-coop-' || (1 + r.r1 % ${coops}))::uuid AS coop_id
            FROM r
        ), trade AS MATERIALIZED (
          SELECT ch.*, cc.category_code, c.place_id, c.latitude, c.longitude
            FROM chosen ch JOIN coops c ON c.id = ch.coop_id
            JOIN LATERAL (SELECT category_code FROM coop_categories WHERE coop_id = c.id LIMIT 1) cc ON true
        ), inserted AS (
          INSERT INTO offers (id, coop_id, title, description, place_id, latitude, longitude, radius_km, expires_at,
                              coop_terms, status, created_at, updated_at)
          SELECT x.id, x.coop_id,
                 t.nouns[1 + x.r2 % cardinality(t.nouns)] || ': ' || lower(t.category_name),
                 t.provides[1 + x.r1 % cardinality(t.provides)] || ' ' || t.why_buy[1 + x.r2 % cardinality(t.why_buy)],
                 CASE WHEN x.r2 % 10 = 0 THEN NULL ELSE x.place_id END,
                 CASE WHEN x.r2 % 10 = 0 THEN NULL ELSE x.latitude END,
                 CASE WHEN x.r2 % 10 = 0 THEN NULL ELSE x.longitude END,
                 CASE WHEN x.r2 % 10 = 0 THEN NULL ELSE 10 + x.r1 % 190 END,
                 now() + make_interval(days => 30 + (x.r1 % 300)::int),
                 CASE WHEN x.r1 % 4 = 0 THEN '10% off for co-ops' END,
                 'OPEN', now() - make_interval(mins => (x.r2 % 100000)::int), now()
            FROM trade x JOIN synthetic_trades t ON t.category_code = x.category_code
           WHERE t.i = (SELECT min(i) FROM synthetic_trades WHERE category_code = x.category_code)
          RETURNING id
        )
        INSERT INTO offer_categories (offer_id, category_code)
        SELECT x.id, x.category_code FROM trade x WHERE x.id IN (SELECT id FROM inserted)`;
      await tx.$executeRaw`
        SELECT refresh_offer_search(array(SELECT md5('synthetic-offer-id-' || g)::uuid FROM generate_series(s, least(s + ${CHUNK - 1}, ${to}::int)) g))
          FROM generate_series(${from}::int, ${to}::int, ${CHUNK}) s`;
    }, { timeout: 30 * 60_000 });
    onProgress(`  offers: ${to.toLocaleString('en-GB')} of ${target.offers.toLocaleString('en-GB')}`);
  }
  for (let from = Number(needs) + 1; from <= target.needs; from += BATCH) {
    const to = Math.min(from + BATCH - 1, target.needs);
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`
        WITH n AS (SELECT count(*) AS trades FROM synthetic_trades),
        r AS (
          SELECT g, ('x' || substr(h, 1, 8))::bit(32)::bigint AS r1, ('x' || substr(h, 9, 8))::bit(32)::bigint AS r2
            FROM (SELECT g, md5('synthetic-need-' || g) AS h FROM generate_series(${from}::int, ${to}::int) g) s
        ), chosen AS MATERIALIZED (
          SELECT r.*, md5('synthetic-need-id-' || r.g)::uuid AS id, md5('synthetic-coop-' || (1 + r.r1 % ${coops}))::uuid AS coop_id,
                 r.r2 % n.trades AS trade
            FROM r, n
        ), inserted AS (
          INSERT INTO needs (id, coop_id, title, description, place_id, latitude, longitude, radius_km, expires_at,
                             status, created_at, updated_at)
          SELECT x.id, x.coop_id,
                 'Looking for ' || lower(t.category_name),
                 'We need ' || lower(t.provides[1 + x.r1 % cardinality(t.provides)]) || ' ' || t.talk[1 + x.r2 % cardinality(t.talk)],
                 CASE WHEN x.r1 % 10 = 0 THEN NULL ELSE c.place_id END,
                 CASE WHEN x.r1 % 10 = 0 THEN NULL ELSE c.latitude END,
                 CASE WHEN x.r1 % 10 = 0 THEN NULL ELSE c.longitude END,
                 CASE WHEN x.r1 % 10 = 0 THEN NULL ELSE 25 + x.r2 % 175 END,
                 now() + make_interval(days => 30 + (x.r2 % 300)::int),
                 'OPEN', now() - make_interval(mins => (x.r1 % 100000)::int), now()
            FROM chosen x JOIN coops c ON c.id = x.coop_id JOIN synthetic_trades t ON t.i = x.trade
          RETURNING id
        )
        INSERT INTO need_categories (need_id, category_code)
        SELECT x.id, t.category_code FROM chosen x JOIN synthetic_trades t ON t.i = x.trade
         WHERE x.id IN (SELECT id FROM inserted)`;
      await tx.$executeRaw`
        SELECT refresh_need_search(array(SELECT md5('synthetic-need-id-' || g)::uuid FROM generate_series(s, least(s + ${CHUNK - 1}, ${to}::int)) g))
          FROM generate_series(${from}::int, ${to}::int, ${CHUNK}) s`;
    }, { timeout: 30 * 60_000 });
    onProgress(`  needs: ${to.toLocaleString('en-GB')} of ${target.needs.toLocaleString('en-GB')}`);
  }
  await db.$executeRawUnsafe('VACUUM ANALYZE offers');
  await db.$executeRawUnsafe('VACUUM ANALYZE needs');
  await db.$executeRawUnsafe('ANALYZE offer_categories');
  await db.$executeRawUnsafe('ANALYZE need_categories');
}
