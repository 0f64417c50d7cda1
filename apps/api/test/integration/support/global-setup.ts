import { randomBytes } from 'node:crypto';
import { applyMigrations, createPrismaClient, startEmbeddedPostgres, syncCategories } from '@principle-six/db';
import { installJobQueue } from '../../../src/jobs/queue';
import { databaseUrl, uniqueName, withAdmin } from './postgres';

/**
 * Once per run: migrate a template database on the real PostgreSQL server (each test file copies
 * it), and start an in-memory PGlite, migrated the same way, for the embedded-default tests.
 * Both migrations go through `prisma migrate deploy`, so a lost adapter patch fails here.
 */
export default async function globalSetup(): Promise<void> {
  try {
    await withAdmin((c) => c.query('SELECT 1'));
  } catch (error) {
    throw new Error(
      `Integration tests need PostgreSQL at ${process.env.TEST_DATABASE_URL ?? '127.0.0.1:5432'} ` +
        `(set TEST_DATABASE_URL to use another server): ${(error as Error).message}`,
      { cause: error },
    );
  }
  process.env.P6_TEST_RUN = randomBytes(4).toString('hex');
  const template = uniqueName('template');
  await withAdmin((c) => c.query(`CREATE DATABASE "${template}"`));
  process.env.P6_TEST_TEMPLATE = template;

  const embedded = await startEmbeddedPostgres({});
  // Jest hands globalSetup's globals to globalTeardown, which stops it.
  (globalThis as { p6Embedded?: typeof embedded }).p6Embedded = embedded;
  process.env.P6_TEST_PGLITE_URL = embedded.connectionString;

  const prepare = async (url: string, maxConnections: number) => {
    await applyMigrations(url);
    await installJobQueue(url);
    const db = createPrismaClient(url, { maxConnections });
    await syncCategories(db);
    await db.$disconnect();
  };
  await Promise.all([prepare(databaseUrl(template), 2), prepare(embedded.connectionString, 1)]);
}
