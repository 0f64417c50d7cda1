-- A number that grows with every statement that writes co-ops, so that anything computed from
-- the directory (search's facet counts, modules/search/facet-cache.ts) can tell it is stale by
-- reading one value, in every API process. Written by hand: a sequence and statement triggers
-- Prisma cannot describe; the migration test lists the function.
CREATE SEQUENCE directory_version;
-- Called once, so that last_value moves with the first write too (before any call it reads 1, as after one).
SELECT nextval('directory_version');

CREATE FUNCTION directory_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('directory_version');
  RETURN NULL;
END $$;

CREATE TRIGGER coops_directory_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON coops
  FOR EACH STATEMENT EXECUTE FUNCTION directory_changed();
-- A place's region is a facet: renaming one changes counts without touching a co-op row.
CREATE TRIGGER places_directory_changed AFTER UPDATE OR DELETE ON places
  FOR EACH STATEMENT EXECUTE FUNCTION directory_changed();
