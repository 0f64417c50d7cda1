-- Related words learned from our own profiles: words that occur together in what co-ops provide
-- (and their categories' names, and their names) more often than chance, measured by normalised
-- pointwise mutual information (NPMI, Bouma 2009) over a sample of profiles. Search uses them as
-- its weakest related words (search/word-groups.ts). Written by hand: a function Prisma cannot
-- describe; the migration test lists it.
--
-- Why in SQL: the counts are a self-join of (profile, word) pairs that PostgreSQL aggregates
-- where the data is; no text-mining library would do it without moving every document out.
-- A word's category names are in its document at weight A, so this also learns which register
-- words go with people's words ("veg" with "veget", "grow"): the taxonomy's class descriptions,
-- linked through the profiles filed under them.
CREATE FUNCTION learn_related_terms(sample_size integer, min_together integer, per_term integer,
                                    min_npmi double precision, stop text[]) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  learned integer;
BEGIN
  CREATE TEMP TABLE learn_docs ON COMMIT DROP AS
    SELECT c.id, c.search_document,
           lower(c.provides || ' ' || c.name || ' ' ||
                 coalesce((SELECT string_agg(k.name, ' ') FROM categories k WHERE k.code = ANY (c.category_paths)), '')) AS text
      FROM coops c WHERE c.search_document IS NOT NULL
     ORDER BY c.id LIMIT sample_size;  -- ids are random uuids: a fair sample that is the same run to run

  CREATE TEMP TABLE learn_terms ON COMMIT DROP AS
    SELECT DISTINCT d.id, u.lexeme
      FROM learn_docs d, unnest(d.search_document) u
     WHERE u.weights && ARRAY['A', 'B'] AND length(u.lexeme) >= 3
       AND u.lexeme <> ALL (stop) AND u.lexeme !~ '[0-9''\\-]';

  CREATE TEMP TABLE learn_df ON COMMIT DROP AS
    SELECT lexeme, count(*)::float8 AS n FROM learn_terms GROUP BY lexeme HAVING count(*) >= min_together;

  DELETE FROM related_terms WHERE source = 'profiles';

  INSERT INTO related_terms (term, related, word, source, strength)
  WITH total AS (SELECT count(*)::float8 AS n FROM learn_docs),
  kept AS (SELECT t.* FROM learn_terms t JOIN learn_df USING (lexeme)),
  pairs AS (
    SELECT a.lexeme AS term, b.lexeme AS related, count(*)::float8 AS together
      FROM kept a JOIN kept b ON a.id = b.id AND a.lexeme <> b.lexeme
     GROUP BY 1, 2 HAVING count(*) >= min_together
  ), scored AS (
    SELECT p.term, p.related,
           ln(p.together * total.n / (da.n * db.n)) / -ln(p.together / total.n) AS npmi
      FROM pairs p, total, learn_df da, learn_df db
     WHERE da.lexeme = p.term AND db.lexeme = p.related AND p.together < total.n
  ), ranked AS (
    SELECT s.*, row_number() OVER (PARTITION BY s.term ORDER BY s.npmi DESC, s.related) AS place
      FROM scored s WHERE s.npmi >= min_npmi
  ), written AS (
    -- How people write each word: its commonest spelling in the sampled text.
    SELECT DISTINCT ON (lexeme) lexeme, w AS word
      FROM (SELECT w, (tsvector_to_array(to_tsvector('p6_search', w)))[1] AS lexeme, count(*) AS uses
              FROM learn_docs d, regexp_split_to_table(d.text, '[^[:alnum:]]+') w
             WHERE length(w) >= 3 GROUP BY w) x
     WHERE lexeme IS NOT NULL
     ORDER BY lexeme, uses DESC, w
  )
  SELECT r.term, r.related, coalesce(w.word, r.related), 'profiles', r.npmi
    FROM ranked r LEFT JOIN written w ON w.lexeme = r.related
   WHERE r.place <= per_term;

  GET DIAGNOSTICS learned = ROW_COUNT;
  RETURN learned;
END $$;
