/**
 * pnpm bench:pitch-round: one meeting's live round with 60 attendees on graphql-ws, each tapping
 * during every pitch, against the API on real PostgreSQL, with 1 and with 2 API processes (the
 * round's news crosses processes through LISTEN/NOTIFY; attendees are split between them, the
 * facilitator talks to the first). It prints, beside each goal:
 *   - the p95 from the facilitator sending "next" to each attendee receiving the new pitch (≤ 200 ms);
 *   - the p95 of a tap's acknowledgement (≤ 100 ms);
 *   - events lost or received twice (0).
 * Nothing asserts a time.
 *
 *   --attendees 60    people on the round
 *   --processes 1,2   API process counts to measure
 *   --pause 800       milliseconds each pitch lasts (taps land during it)
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createPrismaClient, prepareDatabase, type Database } from '@principle-six/db';
import { SessionStore } from '../src/auth/sessions';
import { startApiProcess, stopProcess, type ApiProcess } from './api-process';
import { createFreshDatabase, dropDatabase } from './bench-database';

const DB_NAME = 'p6_bench_pitch_round';
const SUBSCRIPTION = `subscription ($id: ID!) { pitchRound(meetingId: $id) { version status current { coopId name provides } } }`;
const TAP = `mutation ($input: TapPitchInput!) { tapPitch(input: $input) { tap { kind } errors { code message } } }`;
const CONTROL = `mutation ($input: ControlPitchRoundInput!) { controlPitchRound(input: $input) { round { version status current { coopId } } errors { code message } } }`;
const PREPARE = `mutation ($input: PreparePitchRoundInput!) { preparePitchRound(input: $input) { round { id version } errors { code message } } }`;
const KINDS = ['TALK', 'REFERRAL', 'NEED'] as const;

interface Attendee {
  userId: string;
  coopId: string;
  cookie: string;
  socket?: Client;
  /** Versions received, and when. */
  received: { version: number; at: number }[];
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function seed(db: Database, attendees: number) {
  const suffix = randomUUID().slice(0, 8);
  const place = await db.place.create({ data: { name: 'Manchester', countryCode: 'GB', latitude: 53.48, longitude: -2.24 } });
  const organiser = await db.user.create({ data: { email: `facilitator-${suffix}@example.coop`, displayName: 'Facilitator', passwordHash: 'x', emailVerifiedAt: new Date() } });
  const council = await db.council.create({ data: { slug: `bench-${suffix}`, name: 'Bench Council', description: 'A council for the benchmark.', createdById: organiser.id } });
  await db.councilOrganiser.create({ data: { councilId: council.id, userId: organiser.id } });
  const meeting = await db.meeting.create({
    data: { councilId: council.id, title: 'Bench meeting', startsAt: new Date(), endsAt: new Date(Date.now() + 3 * 3_600_000), format: 'IN_PERSON', venue: 'Hall' },
  });
  const sessions = new SessionStore(db);
  const people: Attendee[] = [];
  for (let i = 0; i < attendees; i++) {
    const user = await db.user.create({ data: { email: `attendee-${i}-${suffix}@example.coop`, displayName: `Attendee ${i}`, passwordHash: 'x', emailVerifiedAt: new Date() } });
    const coop = await db.coop.create({
      data: {
        slug: `bench-coop-${i}-${suffix}`,
        name: `Bench Co-op ${i}`,
        placeId: place.id,
        provides: `Services of kind ${i}: printing, bookkeeping, catering and design for co-ops in the region.`,
        whyBuy: 'Worker-owned.',
        wantToTalkTo: 'Everyone.',
        coopType: 'WORKER',
        memberships: { create: { userId: user.id, role: 'OWNER' } },
        councils: { create: { councilId: council.id, status: 'MEMBER', route: 'IMPORTED', joinedAt: new Date() } },
      },
    });
    await db.meetingAttendee.create({ data: { meetingId: meeting.id, userId: user.id, coopId: coop.id, role: 'MEMBER', status: 'GOING' } });
    people.push({ userId: user.id, coopId: coop.id, cookie: `p6_session=${(await sessions.create(user.id)).token}`, received: [] });
  }
  return { meetingId: meeting.id, organiserCookie: `p6_session=${(await sessions.create(organiser.id)).token}`, people };
}

async function graphql(url: string, cookie: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: Record<string, { errors?: { message: string }[] } & Record<string, unknown>>; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

function connect(url: string, attendee: Attendee, meetingId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const cookie = attendee.cookie;
    attendee.socket = createClient({
      url: `${url.replace('http', 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie } });
        }
      },
      retryAttempts: 0,
    });
    let first = true;
    attendee.socket.subscribe<{ pitchRound: { version: number } | null }>(
      { query: SUBSCRIPTION, variables: { id: meetingId } },
      {
        next: (value) => {
          const version = value.data?.pitchRound?.version;
          if (version !== undefined) attendee.received.push({ version, at: performance.now() });
          if (first) {
            first = false;
            resolve();
          }
        },
        error: reject,
        complete: () => undefined,
      },
    );
  });
}

async function measure(url: string, processes: ApiProcess[], attendees: number, pauseMs: number) {
  const db = createPrismaClient(url, { maxConnections: 4 });
  const world = await seed(db, attendees);
  const [facilitatorApi] = processes;
  const prepared = (await graphql(facilitatorApi!.url, world.organiserCookie, PREPARE, { input: { meetingId: world.meetingId, order: 'RSVP' } })).preparePitchRound as {
    round: { id: string; version: number };
  };
  const roundId = prepared.round.id;
  // Half the attendees on each process (all on the one when there is one).
  await Promise.all(world.people.map((a, i) => connect(processes[i % processes.length]!.url, a, world.meetingId)));

  const sentAt = new Map<number, number>();
  const tapMs: number[] = [];
  let tapFailures = 0;
  const control = async (action: string) => {
    const started = performance.now();
    const result = (await graphql(facilitatorApi!.url, world.organiserCookie, CONTROL, { input: { roundId, action } })).controlPitchRound as {
      round: { version: number; status: string; current: { coopId: string } | null } | null;
      errors: { message: string }[];
    };
    if (!result.round) throw new Error(`${action}: ${JSON.stringify(result.errors)}`);
    sentAt.set(result.round.version, started);
    return result.round;
  };

  let round = await control('START');
  while (round.current) {
    const speaking = round.current.coopId;
    // Each other attendee taps once or twice at a random moment of the pitch.
    const taps = world.people
      .filter((a) => a.coopId !== speaking)
      .flatMap((a) => {
        const kinds = [KINDS[Math.floor(Math.random() * 3)]!, ...(Math.random() < 0.5 ? [KINDS[Math.floor(Math.random() * 3)]!] : [])];
        return [...new Set(kinds)].map(async (kind) => {
          await sleep(Math.random() * pauseMs * 0.8);
          const started = performance.now();
          try {
            const data = await graphql(processes[Math.floor(Math.random() * processes.length)]!.url, a.cookie, TAP, { input: { roundId, coopId: speaking, kind } });
            if ((data.tapPitch as { errors: unknown[] }).errors.length) tapFailures += 1;
            else tapMs.push(performance.now() - started);
          } catch {
            tapFailures += 1;
          }
        });
      });
    await Promise.all([...taps, sleep(pauseMs)]);
    round = await control('NEXT');
  }
  // Let the last events arrive.
  await sleep(500);
  const finalVersion = round.version;

  const deliveryMs: number[] = [];
  let lost = 0;
  let doubled = 0;
  for (const a of world.people) {
    const versions = a.received.map((r) => r.version);
    const distinct = new Set(versions);
    doubled += versions.length - distinct.size;
    const from = Math.min(...versions);
    for (let v = from; v <= finalVersion; v++) if (!distinct.has(v)) lost += 1;
    for (const r of a.received) {
      const sent = sentAt.get(r.version);
      if (sent !== undefined) deliveryMs.push(r.at - sent);
    }
    await a.socket?.dispose();
  }
  await db.$disconnect();
  return { deliveryMs, tapMs, lost, doubled, tapFailures, pitches: attendees };
}

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { attendees: { type: 'string', default: '60' }, processes: { type: 'string', default: '1,2' }, pause: { type: 'string', default: '800' } },
  });
  const attendees = Number(values.attendees);
  const pauseMs = Number(values.pause);
  const counts = values.processes.split(',').map(Number);
  const rows: string[] = [];
  for (const count of counts) {
    const url = await createFreshDatabase(DB_NAME);
    const db = createPrismaClient(url, { maxConnections: 2 });
    await prepareDatabase(url, db, { seedDemo: false });
    await db.$disconnect();
    const processes: ApiProcess[] = [];
    try {
      for (let i = 0; i < count; i++) processes.push(await startApiProcess({ DATABASE_URL: url, JOB_WORKER: i === 0 ? 'on' : 'off' }));
      console.error(`${count} API process${count === 1 ? '' : 'es'}: ${attendees} attendees, ${attendees} pitches…`);
      const r = await measure(url, processes, attendees, pauseMs);
      rows.push(
        `| ${count} | ${percentile(r.deliveryMs, 50).toFixed(1)} | ${percentile(r.deliveryMs, 95).toFixed(1)} | ${percentile(r.tapMs, 50).toFixed(1)} | ${percentile(r.tapMs, 95).toFixed(1)} | ${r.tapMs.length} | ${r.tapFailures} | ${r.lost} | ${r.doubled} |`,
      );
    } finally {
      for (const p of processes) await stopProcess(p.child);
      await dropDatabase(DB_NAME);
    }
  }
  console.log(`\nLive pitch round, ${attendees} attendees on graphql-ws, PostgreSQL LISTEN/NOTIFY between processes, ${pauseMs} ms a pitch\n`);
  console.log('| API processes | next → pitch on every phone p50 ms | p95 ms (goal ≤ 200) | tap ack p50 ms | p95 ms (goal ≤ 100) | taps | failed taps | events lost (goal 0) | received twice (goal 0) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
