/**
 * pnpm bench:delivery: live news across API processes. Three API processes (JOB_WORKER=off,
 * production mode) on one fresh PostgreSQL database, subscribers on graphql-ws spread over all
 * of them, and N writes sent to the first process, each of which every subscriber should hear:
 * a facilitator pausing and resuming a pitch round (every change goes to every attendee, through
 * LISTEN/NOTIFY between processes). It prints events sent, received per subscriber, lost,
 * received twice, and the delay from sending the write to each receipt (p50/p95/max). No goals
 * are asserted.
 *
 *   --writes 200        changes to send
 *   --processes 3       API processes
 *   --subscribers 2     subscribers on each process
 *   --interval 20       milliseconds between writes (0: each as soon as the last is answered)
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createPrismaClient, prepareDatabase, type Database } from '@principle-six/db';
import { SessionStore } from '../src/auth/sessions';
import { startApiProcess, stopProcess, type ApiProcess } from './api-process';
import { createFreshDatabase, dropDatabase } from './bench-database';

// Not p6_bench_*: those are the kept benchmark databases.
const DB_NAME = 'p6_delivery_bench';
const SUBSCRIPTION = `subscription ($id: ID!) { pitchRound(meetingId: $id) { version } }`;
const CONTROL = `mutation ($input: ControlPitchRoundInput!) { controlPitchRound(input: $input) { round { version } errors { code message } } }`;
const PREPARE = `mutation ($input: PreparePitchRoundInput!) { preparePitchRound(input: $input) { round { id version } errors { code message } } }`;

interface Subscriber {
  process: number;
  cookie: string;
  socket?: Client;
  /** Each version received and when (performance.now()). */
  received: { version: number; at: number }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** A council meeting with one attendee per subscriber, and its organiser's session. */
async function seed(db: Database, people: number) {
  const suffix = randomUUID().slice(0, 8);
  const place = await db.place.create({ data: { name: 'Leeds', countryCode: 'GB', latitude: 53.8, longitude: -1.55 } });
  const organiser = await db.user.create({ data: { email: `organiser-${suffix}@example.coop`, displayName: 'Organiser', passwordHash: 'x', emailVerifiedAt: new Date() } });
  const council = await db.council.create({ data: { slug: `delivery-${suffix}`, name: 'Delivery Council', description: 'For the delivery benchmark.', createdById: organiser.id } });
  await db.councilOrganiser.create({ data: { councilId: council.id, userId: organiser.id } });
  const meeting = await db.meeting.create({
    data: { councilId: council.id, title: 'Delivery meeting', startsAt: new Date(), endsAt: new Date(Date.now() + 3 * 3_600_000), format: 'IN_PERSON', venue: 'Hall' },
  });
  const sessions = new SessionStore(db);
  const cookies: string[] = [];
  for (let i = 0; i < people; i++) {
    const user = await db.user.create({ data: { email: `listener-${i}-${suffix}@example.coop`, displayName: `Listener ${i}`, passwordHash: 'x', emailVerifiedAt: new Date() } });
    const coop = await db.coop.create({
      data: {
        slug: `delivery-coop-${i}-${suffix}`,
        name: `Delivery Co-op ${i}`,
        placeId: place.id,
        provides: 'Bookkeeping for co-ops.',
        whyBuy: 'Worker-owned.',
        wantToTalkTo: 'Everyone.',
        coopType: 'WORKER',
        memberships: { create: { userId: user.id, role: 'OWNER' } },
        councils: { create: { councilId: council.id, status: 'MEMBER', route: 'IMPORTED', joinedAt: new Date() } },
      },
    });
    await db.meetingAttendee.create({ data: { meetingId: meeting.id, userId: user.id, coopId: coop.id, role: 'MEMBER', status: 'GOING' } });
    cookies.push(`p6_session=${(await sessions.create(user.id)).token}`);
  }
  return { meetingId: meeting.id, organiserCookie: `p6_session=${(await sessions.create(organiser.id)).token}`, cookies };
}

async function graphql(url: string, cookie: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: Record<string, { round: { id: string; version: number } | null; errors: unknown[] }>; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return Object.values(body.data)[0]!;
}

/** Subscribes; resolves on the first event (the round as it is), so nothing sent later is missed. */
function subscribe(url: string, subscriber: Subscriber, meetingId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const cookie = subscriber.cookie;
    subscriber.socket = createClient({
      url: `${url.replace('http', 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie } });
        }
      },
      retryAttempts: 0,
    });
    let first = true;
    subscriber.socket.subscribe<{ pitchRound: { version: number } | null }>(
      { query: SUBSCRIPTION, variables: { id: meetingId } },
      {
        next: (value) => {
          const version = value.data?.pitchRound?.version;
          if (first) {
            first = false;
            return resolve();
          }
          if (version !== undefined) subscriber.received.push({ version, at: performance.now() });
        },
        error: reject,
        complete: () => undefined,
      },
    );
  });
}

async function measure(url: string, processes: ApiProcess[], perProcess: number, writes: number, intervalMs: number) {
  const db = createPrismaClient(url, { maxConnections: 2 });
  const world = await seed(db, processes.length * perProcess);
  await db.$disconnect();
  const writer = processes[0]!.url;
  const prepared = await graphql(writer, world.organiserCookie, PREPARE, { input: { meetingId: world.meetingId, order: 'RSVP' } });
  const roundId = prepared.round!.id;
  await graphql(writer, world.organiserCookie, CONTROL, { input: { roundId, action: 'START' } });
  const subscribers: Subscriber[] = world.cookies.map((cookie, i) => ({ process: i % processes.length, cookie, received: [] }));
  await Promise.all(subscribers.map((s) => subscribe(processes[s.process]!.url, s, world.meetingId)));

  // Each write a version every subscriber should hear: the time it was sent, by version.
  const sentAt = new Map<number, number>();
  const started = performance.now();
  for (let i = 0; i < writes; i++) {
    const sent = performance.now();
    const answer = await graphql(writer, world.organiserCookie, CONTROL, { input: { roundId, action: i % 2 === 0 ? 'PAUSE' : 'RESUME' } });
    if (!answer.round) throw new Error(`Write ${i} refused: ${JSON.stringify(answer.errors)}`);
    sentAt.set(answer.round.version, sent);
    if (intervalMs) await sleep(intervalMs);
  }
  const sendingMs = performance.now() - started;
  // Stragglers: wait until every subscriber has the last version, or 5 s.
  const last = Math.max(...sentAt.keys());
  for (const deadline = Date.now() + 5000; Date.now() < deadline; await sleep(50)) {
    if (subscribers.every((s) => s.received.some((r) => r.version === last))) break;
  }
  await sleep(200);
  for (const s of subscribers) await s.socket?.dispose();

  const delays: number[] = [];
  const rows = subscribers.map((s, i) => {
    const counts = new Map<number, number>();
    for (const r of s.received) {
      counts.set(r.version, (counts.get(r.version) ?? 0) + 1);
      const sent = sentAt.get(r.version);
      if (sent !== undefined && counts.get(r.version) === 1) delays.push(r.at - sent);
    }
    const received = [...sentAt.keys()].filter((v) => counts.has(v)).length;
    const duplicated = [...counts.values()].reduce((n, c) => n + c - 1, 0);
    return { subscriber: i, process: s.process, received, lost: sentAt.size - received, duplicated };
  });
  return { sent: sentAt.size, sendingMs, rows, delays };
}

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      writes: { type: 'string', default: '200' },
      processes: { type: 'string', default: '3' },
      subscribers: { type: 'string', default: '2' },
      interval: { type: 'string', default: '20' },
    },
  });
  const writes = Number(values.writes);
  const count = Number(values.processes);
  const perProcess = Number(values.subscribers);
  const url = await createFreshDatabase(DB_NAME);
  const db = createPrismaClient(url, { maxConnections: 2 });
  await prepareDatabase(url, db, { seedDemo: false });
  await db.$disconnect();
  const processes: ApiProcess[] = [];
  try {
    for (let i = 0; i < count; i++) processes.push(await startApiProcess({ DATABASE_URL: url, JOB_WORKER: 'off', HOST: '127.0.0.1', NODE_ENV: 'production' }));
    console.error(`${count} API processes, ${perProcess} subscriber(s) on each, ${writes} writes to the first…`);
    const r = await measure(url, processes, perProcess, writes, Number(values.interval));
    console.log(`\nLive delivery across ${count} API processes (PostgreSQL LISTEN/NOTIFY), pitch-round changes sent to process 0`);
    console.log(`events sent: ${r.sent} in ${(r.sendingMs / 1000).toFixed(1)} s (${values.interval} ms apart)\n`);
    console.log('| subscriber | on process | received | lost | duplicated |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const row of r.rows) console.log(`| ${row.subscriber} | ${row.process} | ${row.received} | ${row.lost} | ${row.duplicated} |`);
    const total = r.rows.reduce((t, row) => ({ lost: t.lost + row.lost, duplicated: t.duplicated + row.duplicated }), { lost: 0, duplicated: 0 });
    console.log(`\nlost: ${total.lost}, duplicated: ${total.duplicated} (of ${r.sent * r.rows.length} expected receipts)`);
    console.log(
      `delay from sending the write to receipt: p50 ${percentile(r.delays, 50).toFixed(1)} ms, p95 ${percentile(r.delays, 95).toFixed(1)} ms, max ${Math.max(...r.delays).toFixed(1)} ms`,
    );
  } finally {
    for (const p of processes) await stopProcess(p.child);
    await dropDatabase(DB_NAME);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
