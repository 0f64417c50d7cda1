-- Search: what co-ops provide, where they are, and the taxonomy's five-digit classes.
-- The first part is what `prisma migrate diff` renders from schema.prisma; the second part is
-- written by hand because Prisma cannot describe it (extensions, a text search configuration,
-- expression and operator-class indexes, functions). The migration test lists those objects.

-- AlterEnum
ALTER TYPE "CategoryLevel" ADD VALUE 'CLASS';

-- AlterTable
ALTER TABLE "places" ADD COLUMN     "region" TEXT;

-- AlterTable
ALTER TABLE "coops" ADD COLUMN     "category_paths" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "longitude" DOUBLE PRECISION,
ADD COLUMN     "search_document" tsvector,
ADD COLUMN     "source" TEXT,
ADD COLUMN     "source_id" TEXT;

-- CreateTable
CREATE TABLE "postcode_locations" (
    "postcode" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "postcode_locations_pkey" PRIMARY KEY ("postcode")
);

-- CreateTable
CREATE TABLE "search_terms" (
    "term" TEXT NOT NULL,

    CONSTRAINT "search_terms_pkey" PRIMARY KEY ("term")
);

-- CreateIndex
CREATE INDEX "places_country_code_region_idx" ON "places"("country_code", "region");

-- CreateIndex
CREATE INDEX "coops_created_at_id_idx" ON "coops"("created_at", "id");

-- CreateIndex
CREATE INDEX "coops_category_paths_idx" ON "coops" USING GIN ("category_paths");

-- CreateIndex
CREATE UNIQUE INDEX "coops_source_source_id_key" ON "coops"("source", "source_id");


-- ---------------------------------------------------------------------------------------------
-- Written by hand
-- ---------------------------------------------------------------------------------------------

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- English stemming that first folds accents away, so "café" finds "cafe" and "Zürich" "Zurich".
-- Naming the configuration in to_tsvector() keeps the expression immutable.
CREATE TEXT SEARCH CONFIGURATION p6_search (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION p6_search
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE INDEX coops_search_document_idx ON coops USING gin (search_document);
-- Name suggestions and typo-tolerant name matches.
CREATE INDEX coops_name_trgm_idx ON coops USING gin (lower(name) gin_trgm_ops);
-- "Within 25 km of Leeds": a bounding box on this index, then the exact distance.
CREATE INDEX coops_location_idx ON coops USING gist (point(longitude, latitude))
  WHERE latitude IS NOT NULL AND longitude IS NOT NULL;
CREATE INDEX search_terms_trgm_idx ON search_terms USING gin (term gin_trgm_ops);

-- Great-circle distance in kilometres (haversine, mean Earth radius).
CREATE FUNCTION distance_km(lat1 double precision, lng1 double precision,
                            lat2 double precision, lng2 double precision)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 2 * 6371.0088 * asin(least(1, sqrt(
           sin(radians(lat2 - lat1) / 2) ^ 2
         + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lng2 - lng1) / 2) ^ 2)))
$$;

-- Rebuilds the derived search columns of the given co-ops from their profile, categories and
-- place, and adds their words to the vocabulary used for typo correction. The services call it
-- in the same transaction as every write that changes a profile.
-- Weights: A = what they provide and their categories' own names (the taxonomy expansion),
-- B = the co-op's name and the parent divisions' names, C = the rest of the pitch,
-- D = the place and the sections' names.
CREATE FUNCTION refresh_coop_search(coop_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  WITH chosen AS (
    SELECT cc.coop_id, k.code, k.name, p.code AS parent_code, p.name AS parent_name,
           g.code AS grandparent_code, g.name AS grandparent_name
      FROM coop_categories cc
      JOIN categories k ON k.code = cc.category_code
      LEFT JOIN categories p ON p.code = k.parent_code
      LEFT JOIN categories g ON g.code = p.parent_code
     WHERE cc.coop_id = ANY (coop_ids)
  ), words AS (
    SELECT coop_id,
           string_agg(name, ' ') AS own,
           string_agg(coalesce(parent_name, ''), ' ') AS parents,
           string_agg(coalesce(grandparent_name, ''), ' ') AS grandparents,
           array(SELECT DISTINCT x FROM unnest(array_agg(code) || array_agg(parent_code)
                                              || array_agg(grandparent_code)) x
                  WHERE x IS NOT NULL ORDER BY x) AS paths
      FROM chosen GROUP BY coop_id
  )
  UPDATE coops c
     SET category_paths = coalesce(w.paths, '{}'),
         search_document =
              setweight(to_tsvector('p6_search', c.provides || ' ' || coalesce(w.own, '')), 'A')
           || setweight(to_tsvector('p6_search', c.name || ' ' || coalesce(w.parents, '')), 'B')
           || setweight(to_tsvector('p6_search', c.why_buy || ' ' || c.want_to_talk_to), 'C')
           || setweight(to_tsvector('p6_search', pl.name || ' ' || coalesce(pl.region, '')
                                                 || ' ' || coalesce(w.grandparents, '')), 'D')
    FROM places pl, coops me LEFT JOIN words w ON w.coop_id = me.id
   WHERE me.id = ANY (coop_ids) AND c.id = me.id AND pl.id = c.place_id;

  INSERT INTO search_terms (term)
  SELECT DISTINCT unnest(tsvector_to_array(search_document)) FROM coops WHERE id = ANY (coop_ids)
  ON CONFLICT DO NOTHING;
$$;

SELECT refresh_coop_search(array(SELECT id FROM coops));
