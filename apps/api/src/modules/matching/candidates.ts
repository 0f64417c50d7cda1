import { Prisma, type Database } from '@principle-six/db';
import { publicCoopSql, publicPostingSql } from '../../access/visibility';
import { STOP_LEXEMES_SQL } from '../../language/stop-words';

/**
 * Finding who might fit a need, and which needs an offer might fit, with PostgreSQL's indexes:
 * shared words (GIN on the search documents, match_query() in migration 8, without stop words), shared categories
 * (GIN on category_paths) and the place. Only candidates come from here; packages/matching
 * scores them.
 */

/** How many providers a need's ranking starts from, per way of finding them. */
export const POOL = { wordsAndCategories: 600, wordsOnly: 300, categoriesOnly: 300 } as const;

export interface NeedForMatching {
  id: string;
  coopId: string;
  latitude: number | null;
  longitude: number | null;
  radiusKm: number | null;
  /** The need's own codes and their divisions: what a provider's category_paths must meet. */
  reachCodes: string[];
  categoryCodes: string[];
  open: boolean;
}

export interface Candidate {
  kind: 'offer' | 'profile';
  /** The offer's id, or the co-op's for a profile. */
  id: string;
  needId: string;
  coopId: string;
  rank: number;
  categoryPaths: string[];
  latitude: number | null;
  longitude: number | null;
  radiusKm: number | null;
  activeAt: Date;
}

type Sql = Pick<Database, '$queryRaw'>;

/** Open, unexpired and not hidden by moderators (a hidden one is neither matched nor offered). */
export const OPEN_NEED = Prisma.sql`n.status = 'OPEN' AND n.expires_at > now() AND ${publicPostingSql('n')}`;
export const OPEN_OFFER = Prisma.sql`o.status = 'OPEN' AND o.expires_at > now() AND ${publicPostingSql('o')}`;

export async function loadNeed(sql: Sql, needId: string): Promise<NeedForMatching | null> {
  const rows = await sql.$queryRaw<NeedForMatching[]>`
    SELECT n.id, n.coop_id AS "coopId", n.latitude, n.longitude, n.radius_km AS "radiusKm",
           (${OPEN_NEED}) AS open,
           coalesce(array(SELECT category_code FROM need_categories WHERE need_id = n.id ORDER BY 1), '{}') AS "categoryCodes",
           coalesce(array(SELECT DISTINCT c FROM need_categories nc, unnest(ARRAY[nc.category_code, left(nc.category_code, 2)]) c
                           WHERE nc.need_id = n.id AND c ~ '^[0-9]'), '{}') AS "reachCodes"
      FROM needs n WHERE n.id = ${needId}::uuid`;
  return rows[0] ?? null;
}

/** A provider must serve the need's place: no place on either side, or within reach. */
function servesNeed(alias: 'o' | 'c', need: NeedForMatching): Prisma.Sql {
  if (need.latitude === null || need.longitude === null) return Prisma.sql`true`;
  const t = Prisma.raw(alias);
  const reach = alias === 'o' ? Prisma.sql`coalesce(o.radius_km, 0)` : Prisma.sql`0`;
  return Prisma.sql`(${t}.latitude IS NULL OR distance_km(${need.latitude}::float8, ${need.longitude}::float8,
                     ${t}.latitude, ${t}.longitude) <= ${need.radiusKm ?? 0}::float8 + ${reach})`;
}

/** Offers and co-op profiles that share words or categories with the need and serve its place. */
export async function providersForNeed(sql: Sql, need: NeedForMatching): Promise<Candidate[]> {
  const codes = need.reachCodes;
  const offerOk = Prisma.sql`${OPEN_OFFER} AND o.coop_id <> ${need.coopId}::uuid AND ${servesNeed('o', need)}`;
  const coopOk = Prisma.sql`c.id <> ${need.coopId}::uuid AND ${publicCoopSql('c')} AND ${servesNeed('c', need)}`;
  return sql.$queryRaw<Candidate[]>`
    WITH q AS (SELECT match_query(search_document, ${STOP_LEXEMES_SQL}) AS q FROM needs WHERE id = ${need.id}::uuid),
    offer_pool AS (
      (SELECT o.id FROM offers o, q WHERE o.search_document @@ q.q AND o.category_paths && ${codes}::text[] AND ${offerOk} LIMIT ${POOL.wordsAndCategories})
      UNION (SELECT o.id FROM offers o, q WHERE o.search_document @@ q.q AND ${offerOk} LIMIT ${POOL.wordsOnly})
      UNION (SELECT o.id FROM offers o WHERE o.category_paths && ${codes}::text[] AND ${offerOk} LIMIT ${POOL.categoriesOnly})
    ),
    coop_pool AS (
      (SELECT c.id FROM coops c, q WHERE c.search_document @@ q.q AND c.category_paths && ${codes}::text[] AND ${coopOk} LIMIT ${POOL.wordsAndCategories})
      UNION (SELECT c.id FROM coops c, q WHERE c.search_document @@ q.q AND ${coopOk} LIMIT ${POOL.wordsOnly})
      UNION (SELECT c.id FROM coops c WHERE c.category_paths && ${codes}::text[] AND ${coopOk} LIMIT ${POOL.categoriesOnly})
    )
    SELECT 'offer' AS kind, o.id, ${need.id}::uuid AS "needId", o.coop_id AS "coopId",
           coalesce(ts_rank(o.search_document, q.q), 0)::float8 AS rank, o.category_paths AS "categoryPaths",
           o.latitude, o.longitude, o.radius_km AS "radiusKm", o.updated_at AS "activeAt"
      FROM offer_pool JOIN offers o USING (id), q
    UNION ALL
    SELECT 'profile', c.id, ${need.id}::uuid, c.id, coalesce(ts_rank(c.search_document, q.q), 0)::float8, c.category_paths,
           c.latitude, c.longitude, NULL::float8, c.updated_at
      FROM coop_pool JOIN coops c USING (id), q`;
}

export interface NeedCandidate extends Candidate {
  need: NeedForMatching;
}

interface NeedCandidateRow extends Candidate {
  needCoopId: string;
  needLatitude: number | null;
  needLongitude: number | null;
  needRadiusKm: number | null;
  needCategoryCodes: string[];
}

/**
 * Open needs of other co-ops that an offer might fit: the mirror of providersForNeed. The rank
 * is still the offer's document against each need's words, so both directions score alike.
 */
export async function needsForOffer(sql: Sql, offerId: string): Promise<NeedCandidate[]> {
  const rows = await sql.$queryRaw<NeedCandidateRow[]>`
    WITH me AS (SELECT o.*, match_query(o.search_document, ${STOP_LEXEMES_SQL}) AS q,
                       coalesce(array(SELECT DISTINCT c FROM offer_categories oc, unnest(ARRAY[oc.category_code, left(oc.category_code, 2)]) c
                                       WHERE oc.offer_id = o.id AND c ~ '^[0-9]'), '{}') AS codes
                  FROM offers o WHERE o.id = ${offerId}::uuid AND ${OPEN_OFFER}),
    fits AS (SELECT n.id FROM needs n, me
              WHERE ${OPEN_NEED} AND n.coop_id <> me.coop_id
                AND (n.latitude IS NULL OR me.latitude IS NULL
                     OR distance_km(n.latitude, n.longitude, me.latitude, me.longitude) <= n.radius_km + coalesce(me.radius_km, 0))),
    pool AS (
      (SELECT n.id FROM needs n, me WHERE n.search_document @@ me.q AND n.category_paths && me.codes AND n.id IN (SELECT id FROM fits) LIMIT ${POOL.wordsAndCategories})
      UNION (SELECT n.id FROM needs n, me WHERE n.search_document @@ me.q AND n.id IN (SELECT id FROM fits) LIMIT ${POOL.wordsOnly})
      UNION (SELECT n.id FROM needs n, me WHERE n.category_paths && me.codes AND n.id IN (SELECT id FROM fits) LIMIT ${POOL.categoriesOnly})
    )
    SELECT 'offer' AS kind, me.id, n.id AS "needId", me.coop_id AS "coopId",
           coalesce(ts_rank(me.search_document, match_query(n.search_document, ${STOP_LEXEMES_SQL})), 0)::float8 AS rank,
           me.category_paths AS "categoryPaths", me.latitude, me.longitude, me.radius_km AS "radiusKm", me.updated_at AS "activeAt",
           n.coop_id AS "needCoopId", n.latitude AS "needLatitude", n.longitude AS "needLongitude", n.radius_km AS "needRadiusKm",
           coalesce(array(SELECT category_code FROM need_categories WHERE need_id = n.id ORDER BY 1), '{}') AS "needCategoryCodes"
      FROM pool JOIN needs n USING (id), me`;
  return rows.map(({ needCoopId, needLatitude, needLongitude, needRadiusKm, needCategoryCodes, ...candidate }) => ({
    ...candidate,
    need: {
      id: candidate.needId,
      coopId: needCoopId,
      latitude: needLatitude,
      longitude: needLongitude,
      radiusKm: needRadiusKm,
      categoryCodes: needCategoryCodes,
      reachCodes: [],
      open: true,
    },
  }));
}
