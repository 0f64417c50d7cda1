import type { Client } from 'pg';
import {
  createPrismaClient,
  databaseUrlOn,
  generateSyntheticCoops,
  prepareDatabase,
  withConnection,
  type Database,
} from '@principle-six/db';
import { gazetteer } from '@principle-six/gazetteer';

/** The server benchmarks make their databases on; BENCH_DATABASE_URL overrides it. */
export const BENCH_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Towns synthetic co-ops are spread over: the world's largest, as co-ops are world-wide. */
export const SYNTHETIC_TOWNS = 5_000;

export const SIZES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000, '3m': 3_000_000 };

export function parseSize(text: string | undefined): { label: string; count: number } {
  const label = (text ?? '100k').toLowerCase();
  const count = SIZES[label];
  if (!count) throw new Error(`Unknown size "${text}"; use one of ${Object.keys(SIZES).join(', ')}.`);
  return { label, count };
}

export function databaseUrl(name: string): string {
  return databaseUrlOn(BENCH_ADMIN_URL, name);
}

function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  return withConnection(BENCH_ADMIN_URL, fn);
}

export async function createFreshDatabase(name: string): Promise<string> {
  await withAdmin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  return databaseUrl(name);
}

export function databaseExists(name: string): Promise<boolean> {
  return withAdmin(async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/**
 * A migrated database p6_bench_<size> holding exactly that many synthetic co-ops. Kept between
 * runs (generating a million co-ops takes minutes); made or topped up when it falls short.
 */
export async function openSyntheticDatabase(
  size: { label: string; count: number },
  name = `p6_bench_${size.label}`,
): Promise<{ url: string; db: Database }> {
  if (!(await databaseExists(name))) await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = databaseUrl(name);
  const db = createPrismaClient(url, { maxConnections: 4 });
  await prepareDatabase(url, db, { seedDemo: false });
  const started = Date.now();
  const { created } = await generateSyntheticCoops(db, {
    count: size.count,
    places: gazetteer.largest(SYNTHETIC_TOWNS),
    onProgress: (done, total) => {
      if (done % 100_000 === 0 || done === total) console.error(`  generated ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}`);
    },
  });
  if (created > 0) {
    console.error(`Generated ${created.toLocaleString('en-GB')} synthetic co-ops in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return { url, db };
}
