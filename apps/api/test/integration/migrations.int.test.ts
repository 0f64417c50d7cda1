import { appliedMigrations, listMigrations, runPrismaCli } from '@principle-six/db';
import { Client } from 'pg';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase, uniqueName, withAdmin } from './support/postgres';

// Everything PostgreSQL knows about the tables, as sortable lines: columns, indexes, constraints, enums.
const CATALOG = `
  SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable
         || ' ' || coalesce(column_default, '') AS line
    FROM information_schema.columns
   WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
  UNION ALL
  SELECT 'index ' || indexdef FROM pg_indexes
   WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
  UNION ALL
  SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
    FROM pg_constraint
   WHERE connamespace = 'public'::regnamespace AND conrelid <> 0
     AND conrelid::regclass::text <> '_prisma_migrations'
  UNION ALL
  SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname
  ORDER BY 1`;

async function catalog(database: string): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl(database) });
  await client.connect();
  try {
    return (await client.query<{ line: string }>(CATALOG)).rows.map((r) => r.line);
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  const fromDatamodel = uniqueName('datamodel');
  afterAll(() => dropDatabase(fromDatamodel));

  it('were all applied by `prisma migrate deploy` to the empty template database', async () => {
    const template = process.env.P6_TEST_TEMPLATE!;
    expect(await appliedMigrations(databaseUrl(template))).toEqual(await listMigrations());
  });

  it('produce exactly the schema that prisma/schema.prisma describes', async () => {
    // The datamodel rendered as SQL from nothing, applied to a second database, must match the
    // database the migrations built, column for column and index for index.
    const sql = await runPrismaCli(
      ['migrate', 'diff', '--from-empty', '--to-schema-datamodel', '../../prisma/schema.prisma', '--script'],
      databaseUrl(process.env.P6_TEST_TEMPLATE!),
    );
    const script = sql.slice(sql.indexOf('-- '));
    await withAdmin((c) => c.query(`CREATE DATABASE "${fromDatamodel}"`));
    const client = new Client({ connectionString: databaseUrl(fromDatamodel) });
    await client.connect();
    await client.query(script);
    await client.end();

    const migrated = await catalog(process.env.P6_TEST_TEMPLATE!);
    expect(migrated.length).toBeGreaterThan(50);
    expect(migrated).toEqual(await catalog(fromDatamodel));
  }, 60_000);

  it('would notice a difference (the comparison is not vacuous)', async () => {
    const copy = await createDatabaseFromTemplate(process.env.P6_TEST_TEMPLATE!);
    try {
      const before = await catalog(copy);
      const client = new Client({ connectionString: databaseUrl(copy) });
      await client.connect();
      await client.query('ALTER TABLE coops DROP COLUMN website');
      await client.end();
      expect(await catalog(copy)).not.toEqual(before);
    } finally {
      await dropDatabase(copy);
    }
  });
});
