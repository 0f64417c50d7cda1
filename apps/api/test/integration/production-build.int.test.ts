import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const API_DIR = path.resolve(__dirname, '../..');

/**
 * What `npm start` runs (issue 17): the API compiled by scripts/build.mjs, started by plain
 * `node` on the embedded database. Node 20 cannot load TypeScript, so a process that serves
 * proves nothing in it is left as TypeScript; the embedded database, the migrations, the SDL and
 * WordNet each find their files from inside the bundle.
 */
describe('the compiled API (pnpm build)', () => {
  let dataDir: string;
  let child: ChildProcess | null = null;
  let url: string;

  beforeAll(async () => {
    await run(process.execPath, ['scripts/build.mjs'], { cwd: API_DIR, timeout: 120_000 });
    dataDir = mkdtempSync(path.join(tmpdir(), 'p6-compiled-'));
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PORT: '0', DATA_DIR: dataDir, DEMO_DATA: 'on', WEB_DIST: '' };
    delete env.DATABASE_URL; // the embedded database, as `npm start` runs it on a fresh machine
    delete env.NODE_OPTIONS; // nothing loads a TypeScript hook behind the test's back
    child = spawn(process.execPath, ['dist/main.js'], { cwd: API_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
    url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const take = (chunk: Buffer) => {
        output += chunk.toString();
        const ready = /Ready at (\S+)/.exec(output);
        if (ready) resolve(ready[1]!);
      };
      child!.stdout!.on('data', take);
      child!.stderr!.on('data', take);
      child!.once('exit', (code) => reject(new Error(`the compiled API stopped (exit ${code}) before it was ready:\n${output}`)));
    });
  }, 240_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const graphql = async (query: string) => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  };

  it('holds no TypeScript and no tsx', () => {
    const bundle = readFileSync(path.join(API_DIR, 'dist/main.js'), 'utf8');
    expect(bundle).not.toMatch(/require\("[^"]*\.ts"\)/);
    expect(bundle).not.toContain('tsx/');
    expect(existsSync(path.join(API_DIR, 'dist/main.js.map'))).toBe(true);
  });

  it('starts on the embedded database with its migrations and demo data, and is ready', async () => {
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', jobWorker: 'running' } });
  });

  it('answers searches, words and all (the SDL and WordNet are found from the bundle)', async () => {
    const listed = await graphql(`{ search(input: {}) { totalCount } }`);
    expect(listed.errors).toBeUndefined();
    expect((listed.data!.search as { totalCount: number }).totalCount).toBe(300);
    const worded = await graphql(`{ search(input: { text: "organic food" }) { totalCount errors { message } } }`);
    expect(worded.errors).toBeUndefined();
    expect(worded.data!.search).toMatchObject({ errors: [] });
  });

  it('runs the compiled command-line tools against the running app', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const { stdout } = await run(process.execPath, ['dist/admin.js', 'list'], { cwd: API_DIR, env, timeout: 60_000 });
    expect(stdout).toMatch(/administrator/i);
  });
});
