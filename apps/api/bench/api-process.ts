import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const API_DIR = path.resolve(__dirname, '..');

let compiled: Promise<unknown> | null = null;
/** Compiles the API once per benchmark run, so that figures are for what `npm start` runs. */
export function compileApi(): Promise<unknown> {
  compiled ??= promisify(execFile)(process.execPath, ['scripts/build.mjs'], { cwd: API_DIR });
  return compiled;
}

export interface ApiProcess {
  url: string;
  child: ChildProcess;
}

/**
 * The API as people run it (compiled, production mode), in its own process: Node itself, with
 * no wrapper in between, so that a signal reaches the server.
 */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  await compileApi();
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
    cwd: API_DIR,
    env: { ...process.env, PORT: '0', DEMO_DATA: 'off', NODE_ENV: 'production', WEB_DIST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await readyLine(child, /Ready at (\S+)/, 'The API');
  return { url, child };
}

/** The first capture of `pattern` in a child's output: what it prints once it serves (rejects if it exits first). */
export function readyLine(child: ChildProcess, pattern: RegExp, name: string): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = pattern.exec(output);
      if (ready) resolve(ready[1]!);
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    child.once('exit', (code) => reject(new Error(`${name} stopped (exit ${code}) before it was ready:\n${output}`)));
  });
}

export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
