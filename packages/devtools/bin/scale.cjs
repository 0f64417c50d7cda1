#!/usr/bin/env node
// `pnpm scale:up` / `pnpm scale:down`: Principle Six as it runs at scale, on this machine.
//
//   DATABASE_URL=postgresql://… pnpm scale:up [--processes 3] [--port 8080] [--host 127.0.0.1] [--no-build]
//   pnpm scale:down
//
// Starts N compiled API processes (each under supervise.cjs, so a crash restarts it) on the
// ports after --port, and nginx on --port in front of them (balancer.cjs), then waits: Ctrl-C or
// SIGTERM stops everything it started, as does `pnpm scale:down` from another terminal.
// The processes share the PostgreSQL server in DATABASE_URL (and its replica in
// DATABASE_REPLICA_URL, if set): sessions, rate-limit counts, jobs and live events all live
// there, so any process can answer any request.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../../..');
const RUN_DIR = path.join(ROOT, '.data/scale');
const PIDS = path.join(RUN_DIR, 'pids.json');

function parseArguments(argv) {
  const options = { processes: 3, port: 8080, host: '127.0.0.1', build: true };
  const number = (value, low, high) => (/^\d+$/.test(value ?? '') && Number(value) >= low && Number(value) <= high ? Number(value) : null);
  for (let i = 0; i < argv.length; i += 1) {
    const [name, value] = [argv[i], argv[i + 1]];
    if (name === '--no-build') {
      options.build = false;
      continue;
    }
    if (name === '--processes' && number(value, 1, 32) !== null) options.processes = number(value, 1, 32);
    else if (name === '--port' && number(value, 1, 65_000) !== null) options.port = number(value, 1, 65_000);
    else if (name === '--host' && value) options.host = value;
    else throw new Error(`Unknown or invalid option ${name}${value === undefined ? '' : ` ${value}`} (see packages/devtools/bin/scale.cjs)`);
    i += 1;
  }
  return options;
}

function run(command, args) {
  // pnpm itself, as the script was started (`npx pnpm@… scale:up` puts no pnpm on PATH).
  const [file, fileArgs] = command === 'pnpm' && process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath, ...args]] : [command, args];
  const result = spawnSync(file, fileArgs, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** Starts a child and resolves once its output matches `ready` (rejects if it exits first). */
function startChild(name, command, args, env, ready) {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}] `;
  const relay = (stream, target) => {
    let partial = '';
    stream.on('data', (chunk) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop();
      for (const line of lines) target.write(prefix + line + '\n');
    });
  };
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  return new Promise((resolve, reject) => {
    let output = '';
    const take = (chunk) => {
      output += chunk.toString();
      if (ready.test(output)) resolve(child);
      // The supervisor would start a failing process again and again: a start that fails once fails scale:up.
      else if (/\[supervisor\] .* (exited|was killed)/.test(output)) reject(new Error(`${name} could not start:\n${output.trim().split('\n').slice(-4).join('\n')}`));
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.once('exit', (code) => reject(new Error(`${name} stopped (exit ${code}) before it was ready`)));
  });
}

/** Whether `pid` is still the process we started (its command line names `script`), not a later one with its number. */
function running(pid, script) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(script);
  } catch {
    return false;
  }
}

/** Resolves if nothing listens on host:port (the balancer's and every process's port are checked before anything starts). */
function portFree(port, host) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', () => reject(new Error(`Port ${port} on ${host} is in use: choose another with --port`)));
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

function stopAll(pids) {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

async function up(options) {
  if (!process.env.DATABASE_URL) {
    throw new Error(
      'DATABASE_URL is not set. Several API processes share one PostgreSQL server; the embedded ' +
        'database serves a single process. For this machine\'s server, for example:\n' +
        '  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/principle_six pnpm scale:up',
    );
  }
  if (existsSync(PIDS)) {
    if (running(JSON.parse(readFileSync(PIDS, 'utf8')).scaler, 'scale.cjs')) throw new Error(`A set is already running (${PIDS}); stop it with pnpm scale:down`);
    rmSync(PIDS, { force: true }); // left by a scale:up that was killed
  }
  run('bash', [path.join(__dirname, 'ensure-nginx.sh')]);
  if (options.build || !existsSync(path.join(ROOT, 'apps/api/dist/main.js'))) run('pnpm', ['build']);
  mkdirSync(RUN_DIR, { recursive: true });
  await portFree(options.port, options.host);
  for (let i = 1; i <= options.processes; i += 1) await portFree(options.port + i, '127.0.0.1');

  const publicUrl = process.env.PUBLIC_URL ?? `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${options.port}`;
  const children = [];
  let stopping = false;
  const stop = () => {
    stopping = true;
    stopAll(children.map((c) => c.pid).reverse());
    rmSync(PIDS, { force: true });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    for (let i = 1; i <= options.processes; i += 1) {
      const port = options.port + i;
      // One process runs the job worker. graphile-worker would run each job once with a worker in
      // every process too, but each would poll the database and take turns on the same cores as
      // the requests; JOB_WORKER=on elsewhere is safe when more background work needs doing.
      const env = {
        NODE_ENV: process.env.NODE_ENV ?? 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        TRUST_PROXY: process.env.TRUST_PROXY ?? 'loopback',
        PUBLIC_URL: publicUrl,
        // Reached as localhost or 127.0.0.1 alike on this machine, live-update sockets included.
        ALLOWED_ORIGINS: process.env.ALLOWED_ORIGINS ?? (process.env.PUBLIC_URL ? '' : `http://localhost:${options.port},http://127.0.0.1:${options.port}`),
        JOB_WORKER: i === 1 ? (process.env.JOB_WORKER ?? 'on') : 'off',
        // On SIGTERM, keep answering (each answer closing its connection) for longer than nginx
        // keeps an idle upstream connection (4 s), so it holds none when the listener closes.
        SHUTDOWN_DRAIN_MS: process.env.SHUTDOWN_DRAIN_MS ?? '5000',
      };
      children.push(
        await startChild(`api ${i}`, process.execPath, [path.join(__dirname, 'supervise.cjs'), '--name', `API process ${i}`, '--', process.execPath, '--enable-source-maps', 'apps/api/dist/main.js'], env, /Ready at /),
      );
    }
    const upstream = children.map((_, i) => `127.0.0.1:${options.port + i + 1}`).join(',');
    children.push(
      await startChild('nginx', process.execPath, [path.join(__dirname, 'balancer.cjs'), '--listen', `${options.host}:${options.port}`, '--upstream', upstream, '--run-dir', path.join(RUN_DIR, 'nginx')], {}, /Balancer at /),
    );
  } catch (error) {
    stop();
    throw error;
  }
  writeFileSync(PIDS, JSON.stringify({ pids: children.map((c) => c.pid), scaler: process.pid }));
  console.log(`\nPrinciple Six at ${publicUrl}: nginx on port ${options.port}, ${options.processes} API processes on ports ${options.port + 1}-${options.port + options.processes}. Ctrl-C or pnpm scale:down stops them.`);
  // One part ending (not by scale:down or Ctrl-C) ends the set: half a set is not left running.
  await Promise.race(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)))));
  const unexpected = !stopping;
  stop();
  await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)))));
  if (unexpected) throw new Error('A process of the set stopped; the others were stopped too.');
}

function down() {
  if (!existsSync(PIDS)) {
    console.log('Nothing started by pnpm scale:up is running.');
    return;
  }
  const { pids, scaler } = JSON.parse(readFileSync(PIDS, 'utf8'));
  stopAll([scaler, ...pids.reverse()].filter((pid) => running(pid, 'scale.cjs') || running(pid, 'supervise.cjs') || running(pid, 'balancer.cjs')));
  rmSync(PIDS, { force: true });
  console.log('Stopped the balancer and the API processes.');
}

const [command, ...rest] = process.argv.slice(2);
Promise.resolve()
  .then(() => (command === 'up' ? up(parseArguments(rest)) : command === 'down' ? down() : Promise.reject(new Error('Use: scale.cjs up|down'))))
  .catch((error) => {
    console.error(`\n!!! ${error.message}`);
    process.exit(1);
  });
