#!/usr/bin/env node
// Runs nginx in front of API processes, with deploy/nginx/principle-six.conf.template filled in:
//
//   node balancer.cjs [--listen 127.0.0.1:8080] --upstream 127.0.0.1:3001,127.0.0.1:3002
//                     [--web-dist apps/web/dist] [--run-dir .data/balancer]
//
// nginx runs in the foreground as this script's child, with its pid, logs and temporary files
// in --run-dir (not the system's nginx). The script prints "Balancer at http://…" once nginx
// accepts connections, and stops nginx when it gets SIGINT or SIGTERM. `pnpm scale:up`, the
// integration tests and the benchmarks all start the balancer this way.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../../..');
const TEMPLATE = path.join(ROOT, 'deploy/nginx/principle-six.conf.template');
const MODULES = '/usr/lib/nginx/modules';
const BROTLI_TYPES =
  'text/css application/javascript text/javascript application/json application/graphql-response+json image/svg+xml text/plain text/csv application/xml application/atom+xml application/rss+xml application/ld+json application/x-ndjson application/manifest+json';

function parseArguments(argv) {
  const options = { listen: '127.0.0.1:8080', upstream: '', webDist: path.join(ROOT, 'apps/web/dist'), runDir: path.join(ROOT, '.data/balancer') };
  const names = { '--listen': 'listen', '--upstream': 'upstream', '--web-dist': 'webDist', '--run-dir': 'runDir' };
  for (let i = 0; i < argv.length; i += 2) {
    const name = names[argv[i]];
    if (!name || argv[i + 1] === undefined) throw new Error(`Unknown or incomplete option ${argv[i]}`);
    options[name] = argv[i + 1];
  }
  const upstreams = options.upstream.split(',').map((u) => u.trim()).filter(Boolean);
  if (!upstreams.length || !upstreams.every((u) => /^[\w.-]+:\d+$/.test(u))) throw new Error('--upstream: host:port of each API process, comma-separated');
  if (!/^(\[?[\w.:]+\]?:)?\d+$/.test(options.listen)) throw new Error('--listen: a port, or address:port');
  // Written into nginx's config between quotes: nothing that could end the quote or the directive.
  for (const [name, value] of [['--web-dist', options.webDist], ['--run-dir', options.runDir]]) {
    if (/["';{}\\$\n\r]/.test(value)) throw new Error(`${name}: a folder path without quotes, ;, {, }, $ or backslashes`);
  }
  return { ...options, upstreams, webDist: path.resolve(options.webDist), runDir: path.resolve(options.runDir) };
}

/** The template with this machine's values. Brotli only where Debian's modules are installed. */
function render(options) {
  const brotli = existsSync(path.join(MODULES, 'ngx_http_brotli_filter_module.so'));
  const values = {
    USER: workerUser(options.webDist),
    RUN_DIR: options.runDir,
    LOAD_MODULES: brotli ? `load_module ${MODULES}/ngx_http_brotli_filter_module.so;` : '# (no brotli module installed: gzip only)',
    MIME_TYPES: '/etc/nginx/mime.types',
    UPSTREAM_SERVERS: options.upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=2s;`).join('\n'),
    BROTLI: brotli ? `  brotli on;\n  brotli_comp_level 4;\n  brotli_min_length 1024;\n  brotli_types ${BROTLI_TYPES};` : '',
    LISTEN: options.listen,
    WEB_DIST: options.webDist,
  };
  return readFileSync(TEMPLATE, 'utf8').replace(/\{\{(\w+)\}\}/g, (whole, name) => {
    if (!(name in values)) throw new Error(`The template names {{${name}}}, which this script does not fill`);
    return values[name];
  });
}

/**
 * Started as root, nginx runs its workers as `nobody`, who cannot read a build in a private folder
 * (/root/principle-six: every script would be a 404). They run as the build's owner instead.
 * Started as anyone else, nginx runs as that user and ignores the line.
 */
function workerUser(webDist) {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return '# (workers run as the user who started nginx)';
  const uid = existsSync(webDist) ? statSync(webDist).uid : 0;
  const name = uid === 0 ? 'root' : userName(uid);
  return `user ${name};`;
}

function userName(uid) {
  for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
    const [name, , id] = line.split(':');
    if (Number(id) === uid) return name;
  }
  return os.userInfo().username;
}

function nginxBinary() {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx']) if (existsSync(candidate)) return candidate;
  throw new Error('nginx is not installed: run packages/devtools/bin/ensure-nginx.sh (Debian: apt-get install nginx)');
}

function waitForPort(port, host, timeoutMs, child) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, host);
      socket.once('connect', () => {
        socket.destroy();
        // Something answers; it is nginx only if nginx is still running (it exits when it cannot bind).
        if (child.exitCode === null) resolve();
        else reject(new Error(`nginx stopped: is ${host}:${port} in use?`));
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() - started > timeoutMs) reject(new Error(`nginx did not listen on ${host}:${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  mkdirSync(options.runDir, { recursive: true });
  const configFile = path.join(options.runDir, 'nginx.conf');
  writeFileSync(configFile, render(options));
  const nginx = nginxBinary();
  const check = spawnSync(nginx, ['-t', '-q', '-p', options.runDir, '-e', path.join(options.runDir, 'error.log'), '-c', configFile], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refused the configuration:\n${check.stderr}`);

  const [host, port] = options.listen.includes(':') ? [options.listen.slice(0, options.listen.lastIndexOf(':')).replace(/[[\]]/g, ''), options.listen.slice(options.listen.lastIndexOf(':') + 1)] : ['127.0.0.1', options.listen];
  // Held by something else, nginx could not listen, and that other program would answer for it.
  await new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () => reject(new Error(`${options.listen} is in use: choose another --listen`)));
    probe.listen(Number(port), host, () => probe.close(resolve));
  });
  const child = spawn(nginx, ['-p', options.runDir, '-e', path.join(options.runDir, 'error.log'), '-c', configFile, '-g', 'daemon off;'], { stdio: 'inherit' });
  let stopping = false;
  // nginx stops at once on SIGTERM and finishes its requests first on SIGQUIT.
  const stop = () => {
    if (stopping) return;
    stopping = true;
    child.kill('SIGQUIT');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code, signal) => process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0))));

  await waitForPort(Number(port), host === '0.0.0.0' ? '127.0.0.1' : host, 10_000, child);
  console.log(`Balancer at http://${host === '0.0.0.0' ? 'localhost' : host}:${port} (nginx; ${options.upstreams.length} API processes; config ${configFile})`);
}

main().catch((error) => {
  console.error(`[balancer] ${error.message}`);
  process.exit(1);
});
