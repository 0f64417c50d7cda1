-- Search statements are short, but their cost estimates are not: a capped ask over a common
-- word's bitmap is costed as if every match were read, which puts it over jit_above_cost, and
-- compiling the plan with LLVM then took 1.4 s of a 1.7 s search at three million co-ops
-- (bench/explain-search.ts). This database serves short statements only: JIT off for it.
-- (PGlite has no JIT; the setting is accepted and changes nothing there.) Only the database's
-- owner may set it: a deployment migrating as another role is told, and the search statements
-- that run under set_config (run-search-query.ts) turn JIT off for themselves either way.
DO $$
BEGIN
  IF pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') THEN
    EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
  ELSE
    RAISE NOTICE 'Not the owner of database %: JIT stays as it is (set jit = off for it to spare search statements the compile time).', current_database();
  END IF;
END
$$;

-- The word counts take a +n/−n row per writing statement and are folded every 10 minutes
-- (compact_search_counts(), migration 8): a queue. Left to the default (vacuum after 20% of the
-- table changes), their dead rows made each word's lookup read 150 pages, and the search's
-- first statement took 900 ms instead of 1. Vacuumed after every few hundred changes instead.
ALTER TABLE search_term_counts SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 500,
                                    autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 500);
ALTER TABLE search_corpus_counts SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 500);
