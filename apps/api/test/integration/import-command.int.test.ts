import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { createPrismaClient } from '@principle-six/db';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase } from './support/postgres';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../../..');

// The README's import command, typed as the README types it: from the repository's root, with
// paths relative to it (../shared beside the clone), through pnpm's workspace script. pnpm runs
// the script in apps/api, so this fails if the paths are read from there rather than from where
// the command was typed.
describe('the README’s import command', () => {
  let name: string;
  beforeAll(async () => {
    name = await createDatabaseFromTemplate(process.env.P6_TEST_TEMPLATE!);
  });
  afterAll(() => dropDatabase(name));

  it('imports a register named by a path relative to where it is typed', async () => {
    const pnpm = path.join(ROOT, 'node_modules', '.bin', 'pnpm');
    const { stdout } = await run(pnpm, ['import-coops', '../shared/data/workers-coop-uk-2023/2023-06-23_wc_converted.csv'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl(name), INIT_CWD: ROOT },
      timeout: 120_000,
    });
    expect(stdout).toMatch(/imported|created|updated/i);
    const db = createPrismaClient(databaseUrl(name), { maxConnections: 1 });
    try {
      // About 1,000 rows, of which rows without a usable place or name are skipped with a reason.
      expect(await db.coop.count({ where: { source: { not: null } } })).toBeGreaterThan(100);
    } finally {
      await db.$disconnect();
    }
  });

  it('names a file that is not there, from where it was typed, and writes nothing', async () => {
    const pnpm = path.join(ROOT, 'node_modules', '.bin', 'pnpm');
    const db = createPrismaClient(databaseUrl(name), { maxConnections: 1 });
    const before = await db.coop.count();
    const failure = await run(pnpm, ['import-coops', 'no-such-register.csv'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl(name), INIT_CWD: ROOT },
      timeout: 120_000,
    }).catch((error: { stdout: string; stderr: string; code: number }) => error);
    expect('code' in failure && failure.code).not.toBe(0);
    expect(`${failure.stdout}${failure.stderr}`).toContain(path.join(ROOT, 'no-such-register.csv'));
    expect(await db.coop.count()).toBe(before);
    await db.$disconnect();
  });
});
