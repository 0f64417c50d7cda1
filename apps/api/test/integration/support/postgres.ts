import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import { databaseUrlOn, withConnection } from '@principle-six/db';

/** The server the integration tests use; each run makes its own databases there and drops them. */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export const TEST_DB_PREFIX = 'p6_test_';

export function databaseUrl(name: string): string {
  return databaseUrlOn(ADMIN_URL, name);
}

export function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  return withConnection(ADMIN_URL, fn);
}

/** p6_test_<run>_<kind>_<random>: the run id lets teardown find every database of this run. */
export function uniqueName(kind: string): string {
  const run = process.env.P6_TEST_RUN ?? 'norun';
  return `${TEST_DB_PREFIX}${run}_${kind}_${randomBytes(4).toString('hex')}`;
}

/** A fresh database copied from the migrated template: well under a second, against 11 s to migrate. */
export async function createDatabaseFromTemplate(template: string): Promise<string> {
  const name = uniqueName('db');
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return name;
}

/**
 * Drops a test database once its connections have gone. A pool that has been told to end can
 * still hold a connection for a moment (graphile-worker's LISTEN client, seen in CI); FORCE would
 * kill it, and its client's error would fail the suite after its tests had passed. So wait up
 * to 5 s for the last connection to close, and only then force.
 */
export async function dropDatabase(name: string): Promise<void> {
  await withAdmin(async (c) => {
    for (let waited = 0; waited < 5_000; waited += 100) {
      const { rows } = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
      if (rows[0]!.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}
