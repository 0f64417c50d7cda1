#!/usr/bin/env node
// Runs a command and starts it again when it stops unexpectedly: `npm start`'s API process.
//
//   node supervise.cjs [--name api] [--initial-delay 1000] [--max-delay 30000]
//                      [--reset-after 60000] [--stop-timeout 30000] -- command [args...]
//
// An exit with a non-zero code, or by a signal the supervisor did not pass on, is a crash: the
// command starts again after a delay that doubles from --initial-delay up to --max-delay, back to
// the start once a run has lasted --reset-after. An exit with code 0 is a decision, not a crash,
// and ends the supervisor too. SIGINT and SIGTERM (and SIGHUP, passed on as SIGTERM) are passed
// to the command once; the supervisor then exits as the command does, force-killing it after
// --stop-timeout. The command runs in its own process group, so a terminal's Ctrl-C reaches it
// once (through here) and a crashed command's leftover children are killed before a restart.
'use strict';
const { spawn } = require('node:child_process');
const { constants } = require('node:os');

const DEFAULTS = { name: 'the app', initialDelay: 1000, maxDelay: 30_000, resetAfter: 60_000, stopTimeout: 30_000 };

function parseArguments(argv) {
  const options = { ...DEFAULTS };
  const names = {
    '--name': 'name',
    '--initial-delay': 'initialDelay',
    '--max-delay': 'maxDelay',
    '--reset-after': 'resetAfter',
    '--stop-timeout': 'stopTimeout',
  };
  let i = 0;
  for (; i < argv.length && argv[i] !== '--'; i += 2) {
    const key = names[argv[i]];
    const value = argv[i + 1];
    if (!key || value === undefined) usage(`unknown option ${argv[i]}`);
    options[key] = key === 'name' ? value : Number(value);
    if (key !== 'name' && !(options[key] >= 0)) usage(`${argv[i]} takes a number of milliseconds`);
  }
  const command = argv.slice(i + 1);
  if (command.length === 0) usage('no command given');
  return { options, command };
}

function usage(problem) {
  console.error(`supervise: ${problem}`);
  console.error('usage: supervise.cjs [--name NAME] [--initial-delay MS] [--max-delay MS] [--reset-after MS] [--stop-timeout MS] -- COMMAND [ARGS...]');
  process.exit(2);
}

const { options, command } = parseArguments(process.argv.slice(2));
const log = (message) => console.error(`[supervisor] ${message}`);
const seconds = (ms) => (ms < 1000 ? `${Math.round(ms)} ms` : `${Number((ms / 1000).toFixed(1))} s`);

let child = null;
let startedAt = 0;
let delay = options.initialDelay;
let restarts = 0;
let restartTimer = null;
let stopSignal = null;

function start() {
  restartTimer = null;
  startedAt = Date.now();
  child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  child.on('error', (error) => {
    if (child?.pid !== undefined) return log(`${options.name}: ${error.message}`);
    // Not started at all (no such program): starting it again will not help.
    log(`could not start ${options.name}: ${error.message}`);
    process.exit(127);
  });
  child.once('spawn', () => log(`started ${options.name} (pid ${child.pid})`));
  child.once('exit', exited);
}

function exited(code, signal) {
  const pid = child.pid;
  child = null;
  killGroup(pid); // whatever it left behind would hold its port
  const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  if (stopSignal) {
    log(`${options.name} ${how}; stopping`);
    process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : code);
  }
  if (code === 0) {
    log(`${options.name} exited with code 0; not restarting`);
    process.exit(0);
  }
  const ran = Date.now() - startedAt;
  if (ran >= options.resetAfter) delay = options.initialDelay;
  restarts += 1;
  log(`${options.name} ${how} after ${seconds(ran)}; restarting in ${seconds(delay)} (restart ${restarts})`);
  restartTimer = setTimeout(start, delay);
  delay = Math.min(delay * 2, options.maxDelay);
}

function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: nothing left in the group
  }
}

function stop(received) {
  if (stopSignal) return; // npm and the terminal may both pass on one Ctrl-C
  stopSignal = received === 'SIGHUP' ? 'SIGTERM' : received;
  if (!child) {
    clearTimeout(restartTimer);
    log(`${received}: stopping (${options.name} was not running)`);
    process.exit(0);
  }
  log(`${received}: stopping ${options.name}`);
  child.kill(stopSignal);
  setTimeout(() => {
    if (!child) return;
    log(`${options.name} did not stop within ${seconds(options.stopTimeout)}; killing it`);
    killGroup(child.pid);
  }, options.stopTimeout).unref();
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
// Leave nothing running if the supervisor itself ends some other way.
process.on('exit', () => {
  if (child) killGroup(child.pid);
});
start();
