import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase } from './support/postgres';

const API_DIR = path.resolve(__dirname, '../..');
const SUPERVISE = path.resolve(API_DIR, '../../packages/devtools/bin/supervise.cjs');
const FAST = ['--initial-delay', '50', '--max-delay', '200', '--reset-after', '300', '--stop-timeout', '500'];

/** The supervisor around `command`, its output gathered so a test can wait for lines in it. */
function supervise(args: string[], command: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const proc = spawn(process.execPath, [SUPERVISE, '--name', 'child', ...args, '--', ...command], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  proc.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return {
    proc,
    exited,
    output: () => output,
    /** Every match of `pattern` once there are `count` of them; fails after a deadline. */
    async waitFor(pattern: RegExp, count = 1, deadlineMs = 30_000): Promise<RegExpMatchArray[]> {
      const until = Date.now() + deadlineMs;
      for (;;) {
        const matches = [...output.matchAll(new RegExp(pattern.source, 'g'))];
        if (matches.length >= count) return matches;
        if (Date.now() > until) throw new Error(`no ${count} × ${pattern} after ${deadlineMs} ms in:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

/**
 * A child that counts its runs in a file and does what `runs[n]` says on its nth run (the last
 * entry for every later one): crash one way or another, or stay up until SIGTERM.
 */
function child(dir: string, runs: string[]): string[] {
  const script = `
    const fs = require('node:fs');
    const counter = ${JSON.stringify(path.join(dir, 'runs'))};
    const run = fs.existsSync(counter) ? Number(fs.readFileSync(counter, 'utf8')) + 1 : 1;
    fs.writeFileSync(counter, String(run));
    console.log('run ' + run + ' pid ' + process.pid);
    const runs = ${JSON.stringify(runs)};
    const stayUp = () => {
      process.on('SIGTERM', () => { console.log('got SIGTERM'); process.exit(0); });
      process.on('SIGINT', () => { console.log('got SIGINT'); setTimeout(() => process.exit(0), 200); });
      setInterval(() => {}, 1000);
    };
    eval(runs[Math.min(run, runs.length) - 1]);
  `;
  return [process.execPath, '-e', script];
}

/** Running, and not a zombie waiting for init to reap it (which `kill -0` would still find). */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

describe('the supervisor behind npm start', () => {
  let dir: string;
  let running: ChildProcess[] = [];
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'p6-supervise-'));
  });
  afterEach(async () => {
    // A failed test's supervisor: stopped as a person would, so its child goes with it.
    for (const proc of running.filter((p) => p.exitCode === null && p.signalCode === null)) {
      const gone = new Promise((resolve) => proc.once('exit', resolve));
      proc.kill('SIGTERM');
      await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5000))]);
      proc.kill('SIGKILL');
    }
    running = [];
    rmSync(dir, { recursive: true, force: true });
  });
  const start = (...args: Parameters<typeof supervise>) => {
    const s = supervise(...args);
    running.push(s.proc);
    return s;
  };

  it.each([
    ['exits with code 1', 'process.exit(1)', /child exited with code 1 after [\d.]+ m?s; restarting in 50 ms \(restart 1\)/],
    ['is killed by SIGKILL', "process.kill(process.pid, 'SIGKILL')", /child was killed by SIGKILL after [\d.]+ m?s; restarting in 50 ms \(restart 1\)/],
  ])('starts the child again when it %s, and SIGTERM stops both', async (_how, crash, logged) => {
    const s = start(FAST, child(dir, [crash, 'stayUp()']));
    const [, second] = await s.waitFor(/run (\d) pid (\d+)/, 2);
    expect(s.output()).toMatch(logged);
    const pid = Number(second![2]);
    expect(alive(pid)).toBe(true);

    s.proc.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    expect(s.output()).toContain('got SIGTERM');
    expect(s.output()).toContain('[supervisor] SIGTERM: stopping child');
    expect(alive(pid)).toBe(false);
  });

  it('waits longer after each quick crash, up to the maximum, and starts over after a long run', async () => {
    // A run counts as long after 1.5 s here: a quick crash must stay quick on a busy machine.
    const quick = 'process.exit(3)';
    const long = 'setTimeout(() => process.exit(3), 1600)';
    const s = start([...FAST, '--reset-after', '1500'], child(dir, [quick, quick, quick, quick, long, 'stayUp()']));
    await s.waitFor(/run 6 pid/);
    const delays = [...s.output().matchAll(/restarting in (\d+) ms \(restart \d\)/g)].map((m) => Number(m[1]));
    expect(delays).toEqual([50, 100, 200, 200, 50]);
    s.proc.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it('passes a signal on once, even when it arrives twice (a terminal and npm both pass Ctrl-C)', async () => {
    const s = start(FAST, child(dir, ['stayUp()']));
    await s.waitFor(/run 1 pid/);
    s.proc.kill('SIGINT');
    s.proc.kill('SIGINT');
    expect(await s.exited).toBe(0);
    expect(s.output().match(/got SIGINT/g)).toHaveLength(1);
  });

  it('stops for good when the child exits with code 0 by itself', async () => {
    const s = start(FAST, child(dir, ['process.exit(0)']));
    expect(await s.exited).toBe(0);
    expect(s.output()).toContain('child exited with code 0; not restarting');
    expect(s.output().match(/run \d pid/g)).toHaveLength(1);
  });

  it('kills what a crashed child left running before starting it again', async () => {
    const leaveOrphan = `
      const orphan = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      console.log('orphan ' + orphan.pid);
      setTimeout(() => process.exit(1), 100);
    `;
    const s = start(FAST, child(dir, [leaveOrphan, 'stayUp()']));
    const [[, orphan]] = (await s.waitFor(/orphan (\d+)/)) as [RegExpMatchArray];
    await s.waitFor(/run 2 pid/);
    expect(alive(Number(orphan))).toBe(false);
    s.proc.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });

  it('kills a child that does not stop within the stop timeout', async () => {
    const s = start(FAST, child(dir, ["process.on('SIGTERM', () => console.log('ignoring SIGTERM')); setInterval(() => {}, 1000)"]));
    const [[, , pid]] = (await s.waitFor(/run 1 pid (\d+)/)) as [RegExpMatchArray];
    s.proc.kill('SIGTERM');
    expect(await s.exited).toBe(128 + 9);
    expect(s.output()).toContain('child did not stop within 500 ms; killing it');
    expect(alive(Number(pid))).toBe(false);
  });

  it('restarts the real API after a kill -9, which then answers /readyz again', async () => {
    const name = await createDatabaseFromTemplate(process.env.P6_TEST_TEMPLATE!);
    try {
      const env = { NODE_ENV: 'development', PORT: '0', DATABASE_URL: databaseUrl(name), WEB_DIST: '' };
      // As start.sh runs it.
      const s = start(['--name', 'the API', ...FAST.slice(0, 6)], ['node', '--import', 'tsx', 'src/main.ts'], {
        cwd: API_DIR,
        env,
      });
      const [first] = await s.waitFor(/Ready at (\S+)/);
      expect((await fetch(`${first![1]}/readyz`)).status).toBe(200);
      const [[, pid]] = (await s.waitFor(/started the API \(pid (\d+)\)/)) as [RegExpMatchArray];

      process.kill(Number(pid), 'SIGKILL');
      const [, second] = await s.waitFor(/Ready at (\S+)/, 2);
      expect(s.output()).toMatch(/the API was killed by SIGKILL after [\d.]+ m?s; restarting in 50 ms \(restart 1\)/);
      const ready = await fetch(`${second![1]}/readyz`);
      expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', jobWorker: 'running' } });

      s.proc.kill('SIGTERM');
      expect(await s.exited).toBe(0);
      expect(s.output()).toContain('SIGTERM: shutting down');
    } finally {
      await dropDatabase(name);
    }
  }, 90_000);
});
