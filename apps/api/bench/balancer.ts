import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readyLine, stopProcess } from './api-process';

const BALANCER = path.resolve(__dirname, '../../../packages/devtools/bin/balancer.cjs');

export interface Balancer {
  url: string;
  child: ChildProcess;
  /** nginx's folder: its config, pid and logs (access.log names the process that answered). */
  runDir: string;
  stop(): Promise<void>;
}

/** A free port on 127.0.0.1 (nginx is told which port to listen on; it cannot pick one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * nginx in front of the given API ports, as `pnpm scale:up` runs it (packages/devtools/bin/
 * balancer.cjs with deploy/nginx's template), with its run folder in a temporary directory.
 */
export async function startBalancer(apiPorts: number[], options: { webDist?: string } = {}): Promise<Balancer> {
  const port = await freePort();
  const runDir = mkdtempSync(path.join(tmpdir(), 'p6-balancer-'));
  const child = spawn(
    process.execPath,
    [BALANCER, '--listen', `127.0.0.1:${port}`, '--upstream', apiPorts.map((p) => `127.0.0.1:${p}`).join(','), '--run-dir', runDir, ...(options.webDist ? ['--web-dist', options.webDist] : [])],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await readyLine(child, /Balancer at (\S+)/, 'The balancer');
  return {
    url,
    child,
    runDir,
    async stop() {
      await stopProcess(child);
      // nginx's error log outlives the run, for a look at what went wrong in a drill.
      if (existsSync(path.join(runDir, 'error.log'))) copyFileSync(path.join(runDir, 'error.log'), path.join(tmpdir(), 'p6-balancer-last-error.log'));
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}
