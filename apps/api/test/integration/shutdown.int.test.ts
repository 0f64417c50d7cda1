import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const API_DIR = path.resolve(__dirname, '../..');

/**
 * `npm start` as a person runs it (embedded database), stopped the way a terminal or a service
 * manager stops it. It once printed "shutting down" and hung: Apollo's own signal handlers raced ours.
 */
describe('stopping the app', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('exits cleanly on %s after serving a request', async (signal) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'p6-shutdown-'));
    // Not Jest's NODE_ENV=test, under which Apollo leaves signals alone and the bug hid.
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', PORT: '0', DATA_DIR: dataDir, DEMO_DATA: 'off', WEB_DIST: '' };
    delete env.DATABASE_URL; // the embedded database, as `npm start` runs it
    // As the start script runs it: through the tsx wrapper, which passes signals on.
    const child = spawn(path.join(API_DIR, 'node_modules/.bin/tsx'), ['src/main.ts'], {
      cwd: API_DIR,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stdout!.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const ready = /Ready at (\S+)/.exec(output);
          if (ready) resolve(ready[1]!);
        });
        child.once('exit', () => reject(new Error(`stopped before it was ready:\n${output}`)));
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      child.kill(signal);
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
