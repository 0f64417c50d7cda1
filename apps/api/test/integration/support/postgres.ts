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

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
