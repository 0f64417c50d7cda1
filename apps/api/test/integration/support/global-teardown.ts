import { TEST_DB_PREFIX, withAdmin } from './postgres';
import type { EmbeddedPostgres } from '@principle-six/db';

/** Stops the embedded server and drops every database this run made. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { p6Embedded?: EmbeddedPostgres }).p6Embedded?.stop();
  await withAdmin(async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`${TEST_DB_PREFIX}${process.env.P6_TEST_RUN}_%`],
    );
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
