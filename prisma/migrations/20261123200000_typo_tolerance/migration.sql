-- Typo tolerance for search words. Trigram similarity alone misses the commonest slip, two
-- letters swapped in a short word ("pritning" → "pritn" shares 3 of 9 trigrams with "print").
-- Search also accepts indexed words that begin with the same three letters and are within a
-- small edit distance (fuzzystrmatch's levenshtein). Written by hand: Prisma cannot describe an
-- extension's functions or an expression index; the migration test lists both.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE INDEX search_terms_prefix_idx ON search_terms (left(term, 3));

-- A word's letters in order ("pritn" → "inprt"): two words with the same letters and a
-- Levenshtein distance of 2 differ by one swap, the slip search forgives as one edit.
CREATE FUNCTION sorted_letters(word text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT string_agg(ch, '' ORDER BY ch COLLATE "C") FROM regexp_split_to_table(word, '') AS ch
$$;
