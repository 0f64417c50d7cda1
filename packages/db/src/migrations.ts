import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';

const PACKAGE_DIR = path.resolve(__dirname, '..');
export const MIGRATIONS_DIR = path.resolve(PACKAGE_DIR, '../../prisma/migrations');

/** Migration folders in the repository, oldest first. */
export async function listMigrations(): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** Names of the migrations a database has finished applying (none when it is empty). */
export async function appliedMigrations(connectionString: string): Promise<string[]> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    const exists = await client.query<{ present: boolean }>(
      `SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`,
    );
    if (!exists.rows[0]?.present) return [];
    const rows = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    return rows.rows.map((r) => r.migration_name);
  } finally {
    await client.end();
  }
}

/** Runs a Prisma CLI command from this package, asynchronously (PGlite may be served by this process). */
export function runPrismaCli(args: string[], connectionString: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(path.dirname(require.resolve('prisma/package.json')), 'build/index.js'), ...args], {
      cwd: PACKAGE_DIR,
      env: { ...process.env, DATABASE_URL: connectionString, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`prisma ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

/**
 * Brings a database up to the repository's migrations. `prisma migrate deploy` costs about 11 s
 * even with nothing to do (its WASM engine leaves a timer running), so it is skipped when every
 * migration folder is already recorded as applied.
 */
export async function applyMigrations(
  connectionString: string,
): Promise<{ applied: boolean }> {
  const [wanted, done] = await Promise.all([listMigrations(), appliedMigrations(connectionString)]);
  const applied = new Set(done);
  if (wanted.every((name) => applied.has(name))) return { applied: false };
  await runPrismaCli(['migrate', 'deploy'], connectionString);
  return { applied: true };
}
