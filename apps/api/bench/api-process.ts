import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const API_DIR = path.resolve(__dirname, '..');

export interface ApiProcess {
  url: string;
  child: ChildProcess;
}

/**
 * How an API process is started, run from apps/api: the one place to change to run a compiled
 * build (node dist/main.js) instead. Node itself with tsx's loader, not the tsx wrapper, so that
 * a signal reaches the server itself.
 */
export function apiCommand(): { command: string; args: string[] } {
  return { command: process.execPath, args: ['--import', 'tsx', 'src/main.ts'] };
}

/** The API as people run it (main.ts, production mode), in its own process. */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const { command, args } = apiCommand();
  const child = spawn(command, args, {
    cwd: API_DIR,
    env: { ...process.env, PORT: '0', DEMO_DATA: 'off', NODE_ENV: 'production', WEB_DIST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /Ready at (\S+)/.exec(output);
      if (ready) resolve(ready[1]!);
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    child.on('exit', (code) => reject(new Error(`The API stopped (exit ${code}) before it was ready:\n${output}`)));
  });
  return { url, child };
}

export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
