-- Search that ranks by how telling each word is, and stop words shared by search and matching.
-- The first part is what `prisma migrate diff` renders from schema.prisma; the second is written
-- by hand (trigger functions, functions); the migration test lists those objects.

-- CreateTable
CREATE TABLE "search_term_counts" (
    "id" BIGSERIAL NOT NULL,
    "term" TEXT NOT NULL,
    "coops" INTEGER NOT NULL,

    CONSTRAINT "search_term_counts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_corpus_counts" (
    "id" BIGSERIAL NOT NULL,
    "coops" INTEGER NOT NULL,
    "lexemes" BIGINT NOT NULL,

    CONSTRAINT "search_corpus_counts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "related_terms" (
    "term" TEXT NOT NULL,
    "related" TEXT NOT NULL,
    "word" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "strength" REAL NOT NULL,

    CONSTRAINT "related_terms_pkey" PRIMARY KEY ("term","source","related")
);

-- CreateIndex
CREATE INDEX "search_term_counts_term_idx" ON "search_term_counts"("term");


-- ---------------------------------------------------------------------------------------------
-- Written by hand
-- ---------------------------------------------------------------------------------------------

-- Word counts for ranking: how many co-ops' documents hold each lexeme, and the corpus size and
-- length, as rows of changes. A statement that writes co-ops adds one row per lexeme whose count
-- it changed (+n, -n), read back as sums; so concurrent writers never queue on a shared counter
-- row, and the sums are exact in every snapshot. compact_search_counts() folds the rows together.
-- Statement-level triggers with transition tables: a 500-row import adds one row per word, not 500.
CREATE FUNCTION coop_search_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO search_term_counts (term, coops)
    SELECT t, count(*) FROM new_rows n, unnest(tsvector_to_array(n.search_document)) t GROUP BY t;
    INSERT INTO search_corpus_counts (coops, lexemes)
    SELECT count(search_document), coalesce(sum(length(search_document)), 0) FROM new_rows
    HAVING count(search_document) > 0;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO search_term_counts (term, coops)
    SELECT t, -count(*) FROM old_rows o, unnest(tsvector_to_array(o.search_document)) t GROUP BY t;
    INSERT INTO search_corpus_counts (coops, lexemes)
    SELECT -count(search_document), -coalesce(sum(length(search_document)), 0) FROM old_rows
    HAVING count(search_document) > 0;
  ELSE
    INSERT INTO search_term_counts (term, coops)
    SELECT t, sum(d) FROM (
      SELECT unnest(tsvector_to_array(n.search_document)) AS t, 1 AS d FROM new_rows n
      UNION ALL
      SELECT unnest(tsvector_to_array(o.search_document)), -1 FROM old_rows o
    ) x GROUP BY t HAVING sum(d) <> 0;
    INSERT INTO search_corpus_counts (coops, lexemes)
    SELECT n.docs - o.docs, n.lexemes - o.lexemes
      FROM (SELECT count(search_document) AS docs, coalesce(sum(length(search_document)), 0) AS lexemes FROM new_rows) n,
           (SELECT count(search_document) AS docs, coalesce(sum(length(search_document)), 0) AS lexemes FROM old_rows) o
     WHERE n.docs <> o.docs OR n.lexemes <> o.lexemes;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER coop_search_counts_insert AFTER INSERT ON coops
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coop_search_counts();
CREATE TRIGGER coop_search_counts_update AFTER UPDATE ON coops
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coop_search_counts();
CREATE TRIGGER coop_search_counts_delete AFTER DELETE ON coops
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION coop_search_counts();

-- TRUNCATE fires no row or statement triggers of the kinds above: empty the counts with it.
CREATE FUNCTION coop_search_counts_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM search_term_counts;
  DELETE FROM search_corpus_counts;
  RETURN NULL;
END $$;
CREATE TRIGGER coop_search_counts_truncate AFTER TRUNCATE ON coops
  FOR EACH STATEMENT EXECUTE FUNCTION coop_search_counts_truncated();

-- Folds each word's change rows into one. Rows written meanwhile are not visible to the DELETE
-- and stay, so the sums stay exact; a word whose count reached 0 keeps no row.
CREATE FUNCTION compact_search_counts() RETURNS void LANGUAGE sql AS $$
  WITH gone AS (
    DELETE FROM search_term_counts
     WHERE term IN (SELECT term FROM search_term_counts GROUP BY term HAVING count(*) > 1 OR sum(coops) = 0)
    RETURNING term, coops)
  INSERT INTO search_term_counts (term, coops)
  SELECT term, sum(coops) FROM gone GROUP BY term HAVING sum(coops) <> 0;

  WITH gone AS (DELETE FROM search_corpus_counts RETURNING coops, lexemes)
  INSERT INTO search_corpus_counts (coops, lexemes)
  SELECT sum(coops), sum(lexemes) FROM gone HAVING count(*) > 0;
$$;

INSERT INTO search_term_counts (term, coops)
SELECT t, count(*) FROM coops, unnest(tsvector_to_array(search_document)) t GROUP BY t;
INSERT INTO search_corpus_counts (coops, lexemes)
SELECT count(search_document), coalesce(sum(length(search_document)), 0) FROM coops;

-- Words related by co-occurring in co-op profiles, looked up by the search word's lexeme.
CREATE INDEX related_terms_term_idx ON related_terms (term, strength DESC);

-- Stop words as lexemes: the words of asking and of co-op boilerplate ("need", "co-op", "ltd")
-- that search and matching both leave out (apps/api/src/language/stop-words.ts lists them and
-- passes them in, so one list serves both), and numbers alone ("000", "2025").
CREATE FUNCTION stop_lexemes(words text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT t ORDER BY t), '{}')
    FROM unnest(tsvector_to_array(to_tsvector('p6_search', array_to_string(words, ' ')))) t
$$;

-- What matching looks for on the other side (as in migration 4), without stop words.
DROP FUNCTION match_query(tsvector);
CREATE FUNCTION match_query(doc tsvector, stop text[]) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT string_agg(quote_literal(lexeme), ' | ')::tsquery
    FROM (SELECT lexeme FROM unnest(doc)
           WHERE weights && ARRAY['A', 'B'] AND lexeme !~ '[''\\]'
             AND lexeme <> ALL (stop) AND lexeme !~ '^[0-9]+$'
           ORDER BY 'A' <> ALL (weights), cardinality(positions) DESC, lexeme
           LIMIT 16) chosen
$$;
