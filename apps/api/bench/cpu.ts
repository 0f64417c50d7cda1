import { readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';

/** CPU seconds spent so far: by the whole machine (busy, all cores), and by given processes. */
export interface CpuReading {
  at: number;
  machineBusy: number;
  byGroup: Record<string, number>;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function machineBusySeconds(): number {
  const [line] = readFileSync('/proc/stat', 'utf8').split('\n');
  const [, user, nice, system, , , irq, softirq, steal] = line!.split(/\s+/).map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / TICKS_PER_SECOND;
}

function processSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime + stime
  } catch {
    return 0; // gone
  }
}

/** Process ids whose command line contains `text` (PostgreSQL's backends, nginx's workers...). */
export function pidsMatching(text: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ').includes(text)) pids.push(Number(name));
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

/** Reads CPU use now; `groups` names sets of processes (found again at every reading). */
export function readCpu(groups: Record<string, () => number[]>): CpuReading {
  const byGroup: Record<string, number> = {};
  for (const [name, pids] of Object.entries(groups)) byGroup[name] = pids().reduce((sum, pid) => sum + processSeconds(pid), 0);
  return { at: performance.now(), machineBusy: machineBusySeconds(), byGroup };
}

/** Between two readings: each group's and the machine's use, in cores (2.0 = both of two cores busy). */
export function coresUsed(before: CpuReading, after: CpuReading): { machine: number; available: number; byGroup: Record<string, number> } {
  const seconds = (after.at - before.at) / 1000;
  const byGroup: Record<string, number> = {};
  for (const name of Object.keys(after.byGroup)) byGroup[name] = Math.max(0, (after.byGroup[name]! - (before.byGroup[name] ?? 0)) / seconds);
  return { machine: (after.machineBusy - before.machineBusy) / seconds, available: cpus().length, byGroup };
}
