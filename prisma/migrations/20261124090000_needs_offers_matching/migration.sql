-- Needs, offers and matching them: the postings, the matches the matcher stores with their score
-- parts, what co-ops say about matches, introductions, and the inbox with its email preferences.
-- The first part is what `prisma migrate diff` renders from schema.prisma; the second part is
-- written by hand because Prisma cannot describe it (partial unique indexes, GIN and GiST
-- indexes on derived columns, functions). The migration test lists those objects.

-- CreateEnum
CREATE TYPE "NeedStatus" AS ENUM ('OPEN', 'FULFILLED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('OPEN', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "FeedbackKind" AS ENUM ('SAVED', 'NOT_RELEVANT');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('MATCH_FOR_NEED', 'NEED_FOR_PROVIDER', 'INTRODUCTION');

-- CreateEnum
CREATE TYPE "DigestFrequency" AS ENUM ('DAILY', 'WEEKLY', 'NEVER');

-- CreateTable
CREATE TABLE "needs" (
    "id" UUID NOT NULL,
    "coop_id" UUID NOT NULL,
    "created_by_id" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "place_id" UUID,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "radius_km" DOUBLE PRECISION,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "budget_amount" INTEGER,
    "budget_currency" CHAR(3),
    "preferred_coop_type" "CoopType",
    "status" "NeedStatus" NOT NULL DEFAULT 'OPEN',
    "closed_at" TIMESTAMPTZ(3),
    "fulfilled_by_coop_id" UUID,
    "category_paths" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "search_document" tsvector,
    "matched_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "needs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "need_categories" (
    "need_id" UUID NOT NULL,
    "category_code" TEXT NOT NULL,

    CONSTRAINT "need_categories_pkey" PRIMARY KEY ("need_id","category_code")
);

-- CreateTable
CREATE TABLE "offers" (
    "id" UUID NOT NULL,
    "coop_id" UUID NOT NULL,
    "created_by_id" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "place_id" UUID,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "radius_km" DOUBLE PRECISION,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "coop_terms" TEXT,
    "status" "OfferStatus" NOT NULL DEFAULT 'OPEN',
    "closed_at" TIMESTAMPTZ(3),
    "category_paths" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "search_document" tsvector,
    "matched_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "offers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "offer_categories" (
    "offer_id" UUID NOT NULL,
    "category_code" TEXT NOT NULL,

    CONSTRAINT "offer_categories_pkey" PRIMARY KEY ("offer_id","category_code")
);

-- CreateTable
CREATE TABLE "matches" (
    "id" UUID NOT NULL,
    "need_id" UUID NOT NULL,
    "provider_coop_id" UUID NOT NULL,
    "offer_id" UUID,
    "score" DOUBLE PRECISION NOT NULL,
    "text_score" DOUBLE PRECISION NOT NULL,
    "category_score" DOUBLE PRECISION NOT NULL,
    "geo_score" DOUBLE PRECISION NOT NULL,
    "recency_score" DOUBLE PRECISION NOT NULL,
    "reciprocity_score" DOUBLE PRECISION NOT NULL,
    "feedback_score" DOUBLE PRECISION NOT NULL,
    "distance_km" DOUBLE PRECISION,
    "shared_terms" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "shared_category_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "matches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "match_feedback" (
    "id" UUID NOT NULL,
    "match_id" UUID,
    "coop_id" UUID NOT NULL,
    "subject_coop_id" UUID NOT NULL,
    "user_id" UUID,
    "kind" "FeedbackKind" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "match_feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "introductions" (
    "id" UUID NOT NULL,
    "match_id" UUID,
    "need_id" UUID,
    "from_coop_id" UUID NOT NULL,
    "to_coop_id" UUID NOT NULL,
    "from_user_id" UUID,
    "message" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "introductions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "coop_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "subject_key" TEXT NOT NULL,
    "match_id" UUID,
    "need_id" UUID,
    "introduction_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),
    "emailed_at" TIMESTAMPTZ(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_preferences" (
    "user_id" UUID NOT NULL,
    "email_digest" "DigestFrequency" NOT NULL DEFAULT 'DAILY',
    "last_digest_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE INDEX "needs_coop_id_created_at_idx" ON "needs"("coop_id", "created_at");

-- CreateIndex
CREATE INDEX "needs_status_expires_at_idx" ON "needs"("status", "expires_at");

-- CreateIndex
CREATE INDEX "needs_created_at_id_idx" ON "needs"("created_at", "id");

-- CreateIndex
CREATE INDEX "needs_category_paths_idx" ON "needs" USING GIN ("category_paths");

-- CreateIndex
CREATE INDEX "offers_coop_id_created_at_idx" ON "offers"("coop_id", "created_at");

-- CreateIndex
CREATE INDEX "offers_status_expires_at_idx" ON "offers"("status", "expires_at");

-- CreateIndex
CREATE INDEX "offers_created_at_id_idx" ON "offers"("created_at", "id");

-- CreateIndex
CREATE INDEX "offers_category_paths_idx" ON "offers" USING GIN ("category_paths");

-- CreateIndex
CREATE INDEX "matches_need_id_score_idx" ON "matches"("need_id", "score");

-- CreateIndex
CREATE INDEX "matches_offer_id_idx" ON "matches"("offer_id");

-- CreateIndex
CREATE INDEX "matches_provider_coop_id_created_at_idx" ON "matches"("provider_coop_id", "created_at");

-- CreateIndex
CREATE INDEX "match_feedback_coop_id_subject_coop_id_idx" ON "match_feedback"("coop_id", "subject_coop_id");

-- CreateIndex
CREATE UNIQUE INDEX "match_feedback_match_id_coop_id_kind_key" ON "match_feedback"("match_id", "coop_id", "kind");

-- CreateIndex
CREATE INDEX "introductions_from_coop_id_to_coop_id_idx" ON "introductions"("from_coop_id", "to_coop_id");

-- CreateIndex
CREATE INDEX "introductions_to_coop_id_from_coop_id_idx" ON "introductions"("to_coop_id", "from_coop_id");

-- CreateIndex
CREATE INDEX "notifications_user_id_created_at_idx" ON "notifications"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "notifications_match_id_idx" ON "notifications"("match_id");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_user_id_kind_subject_key_key" ON "notifications"("user_id", "kind", "subject_key");

-- AddForeignKey
ALTER TABLE "needs" ADD CONSTRAINT "needs_coop_id_fkey" FOREIGN KEY ("coop_id") REFERENCES "coops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "needs" ADD CONSTRAINT "needs_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "needs" ADD CONSTRAINT "needs_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "needs" ADD CONSTRAINT "needs_fulfilled_by_coop_id_fkey" FOREIGN KEY ("fulfilled_by_coop_id") REFERENCES "coops"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "need_categories" ADD CONSTRAINT "need_categories_need_id_fkey" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "need_categories" ADD CONSTRAINT "need_categories_category_code_fkey" FOREIGN KEY ("category_code") REFERENCES "categories"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offers" ADD CONSTRAINT "offers_coop_id_fkey" FOREIGN KEY ("coop_id") REFERENCES "coops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offers" ADD CONSTRAINT "offers_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offers" ADD CONSTRAINT "offers_place_id_fkey" FOREIGN KEY ("place_id") REFERENCES "places"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offer_categories" ADD CONSTRAINT "offer_categories_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offer_categories" ADD CONSTRAINT "offer_categories_category_code_fkey" FOREIGN KEY ("category_code") REFERENCES "categories"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "matches" ADD CONSTRAINT "matches_need_id_fkey" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "matches" ADD CONSTRAINT "matches_provider_coop_id_fkey" FOREIGN KEY ("provider_coop_id") REFERENCES "coops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "matches" ADD CONSTRAINT "matches_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_coop_id_fkey" FOREIGN KEY ("coop_id") REFERENCES "coops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_subject_coop_id_fkey" FOREIGN KEY ("subject_coop_id") REFERENCES "coops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_from_coop_id_fkey" FOREIGN KEY ("from_coop_id") REFERENCES "coops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_to_coop_id_fkey" FOREIGN KEY ("to_coop_id") REFERENCES "coops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_from_user_id_fkey" FOREIGN KEY ("from_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_coop_id_fkey" FOREIGN KEY ("coop_id") REFERENCES "coops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_need_id_fkey" FOREIGN KEY ("need_id") REFERENCES "needs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_introduction_id_fkey" FOREIGN KEY ("introduction_id") REFERENCES "introductions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- ---------------------------------------------------------------------------------------------
-- Written by hand
-- ---------------------------------------------------------------------------------------------

-- One match per need and offer, and one profile match (offer_id null) per need and provider.
CREATE UNIQUE INDEX matches_need_offer_key ON matches (need_id, offer_id) WHERE offer_id IS NOT NULL;
CREATE UNIQUE INDEX matches_need_profile_key ON matches (need_id, provider_coop_id) WHERE offer_id IS NULL;

CREATE INDEX needs_search_document_idx ON needs USING gin (search_document);
CREATE INDEX offers_search_document_idx ON offers USING gin (search_document);
CREATE INDEX needs_location_idx ON needs USING gist (point(longitude, latitude))
  WHERE latitude IS NOT NULL AND longitude IS NOT NULL;
CREATE INDEX offers_location_idx ON offers USING gist (point(longitude, latitude))
  WHERE latitude IS NOT NULL AND longitude IS NOT NULL;

-- Rebuilds the derived columns of needs from their text, categories and place, as
-- refresh_coop_search does for profiles. Weights: A = the title, B = the description, C = the
-- categories' names, D = the place. match_query() reads A and B only: the poster's own words,
-- so that sharing a category is counted once, by the category part of the score.
CREATE FUNCTION refresh_need_search(need_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  WITH chosen AS (
    SELECT nc.need_id, k.code, k.name, p.code AS parent_code, p.name AS parent_name,
           g.code AS grandparent_code
      FROM need_categories nc
      JOIN categories k ON k.code = nc.category_code
      LEFT JOIN categories p ON p.code = k.parent_code
      LEFT JOIN categories g ON g.code = p.parent_code
     WHERE nc.need_id = ANY (need_ids)
  ), words AS (
    SELECT need_id, string_agg(name, ' ') AS own, string_agg(coalesce(parent_name, ''), ' ') AS parents,
           array(SELECT DISTINCT x FROM unnest(array_agg(code) || array_agg(parent_code)
                                              || array_agg(grandparent_code)) x
                  WHERE x IS NOT NULL ORDER BY x) AS paths
      FROM chosen GROUP BY need_id
  )
  UPDATE needs n
     SET category_paths = coalesce(w.paths, '{}'),
         search_document =
              setweight(to_tsvector('p6_search', n.title), 'A')
           || setweight(to_tsvector('p6_search', n.description), 'B')
           || setweight(to_tsvector('p6_search', coalesce(w.own, '') || ' ' || coalesce(w.parents, '')), 'C')
           || setweight(to_tsvector('p6_search', coalesce(pl.name, '')), 'D')
    FROM needs me LEFT JOIN words w ON w.need_id = me.id LEFT JOIN places pl ON pl.id = me.place_id
   WHERE me.id = ANY (need_ids) AND n.id = me.id;
$$;

-- The same for offers.
CREATE FUNCTION refresh_offer_search(offer_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  WITH chosen AS (
    SELECT oc.offer_id, k.code, k.name, p.code AS parent_code, p.name AS parent_name,
           g.code AS grandparent_code
      FROM offer_categories oc
      JOIN categories k ON k.code = oc.category_code
      LEFT JOIN categories p ON p.code = k.parent_code
      LEFT JOIN categories g ON g.code = p.parent_code
     WHERE oc.offer_id = ANY (offer_ids)
  ), words AS (
    SELECT offer_id, string_agg(name, ' ') AS own, string_agg(coalesce(parent_name, ''), ' ') AS parents,
           array(SELECT DISTINCT x FROM unnest(array_agg(code) || array_agg(parent_code)
                                              || array_agg(grandparent_code)) x
                  WHERE x IS NOT NULL ORDER BY x) AS paths
      FROM chosen GROUP BY offer_id
  )
  UPDATE offers o
     SET category_paths = coalesce(w.paths, '{}'),
         search_document =
              setweight(to_tsvector('p6_search', o.title), 'A')
           || setweight(to_tsvector('p6_search', o.description || ' ' || coalesce(o.coop_terms, '')), 'B')
           || setweight(to_tsvector('p6_search', coalesce(w.own, '') || ' ' || coalesce(w.parents, '')), 'C')
           || setweight(to_tsvector('p6_search', coalesce(pl.name, '')), 'D')
    FROM offers me LEFT JOIN words w ON w.offer_id = me.id LEFT JOIN places pl ON pl.id = me.place_id
   WHERE me.id = ANY (offer_ids) AND o.id = me.id;
$$;

-- What matching looks for on the other side: a need's (or offer's) title and description
-- stems, any of which may match. Title words come first, then the
-- most repeated; at most 16 keep the index lookup quick. Stems holding a quote or backslash are
-- left out: they cannot be written in tsquery's text form.
CREATE FUNCTION match_query(doc tsvector) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT string_agg(quote_literal(lexeme), ' | ')::tsquery
    FROM (SELECT lexeme FROM unnest(doc)
           WHERE weights && ARRAY['A', 'B'] AND lexeme !~ '[''\\]'
           ORDER BY 'A' <> ALL (weights), cardinality(positions) DESC, lexeme
           LIMIT 16) chosen
$$;
