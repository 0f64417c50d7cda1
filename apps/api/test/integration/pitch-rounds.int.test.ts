import { addMember, verifyEmail } from './support/business';
import { ANSWER_JOIN, ASK_TO_JOIN, createCouncil, errorsOf, RSVP, scheduleMeeting } from './support/councils';
import { CONTROL_ROUND, FOLLOW_UPS, PREPARE_ROUND, REORDER_ROUND, RoundWatcher, TAP } from './support/pitch-rounds';
import { PASS_REFERRAL, referralInput } from './support/referrals';
import { createCoop, signUp } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';
import type { TestClient } from './support/test-client';

/**
 * The live pitch round (issue 13): preparing it from who is coming, the state machine through the
 * API (start, pause, resume, skip, next, end; a stale screen's click refused; no tap after the
 * end), follow-ups (mutual taps make one introduction, not two), referrals from a tap, the
 * summary, and the round live over graphql-ws, with catch-up on reconnecting and across two API
 * processes sharing the database (PostgreSQL LISTEN/NOTIFY).
 */

let api: TestApi;
let organiser: TestClient;
/** People of three member co-ops; A has two, so that two taps from one co-op can be tried. */
let a1: TestClient;
let a2: TestClient;
let b1: TestClient;
let c1: TestClient;
let outsider: TestClient;
let coopA: { id: string; name: string };
let coopB: { id: string; name: string };
let coopC: { id: string; name: string };
let council: { id: string; slug: string };

async function person(name: string) {
  const client = api.client();
  const user = await signUp(client, name);
  await verifyEmail(api.db, user.id);
  return { client, user };
}

/** A meeting with A, B and C going (in that order); the organiser manages it. */
async function meetingWithEveryone(): Promise<string> {
  // Twenty minutes away: a round starts from an hour before its meeting.
  const meeting = await scheduleMeeting(organiser, council.id, 20 / 1440);
  for (const [client, coop] of [
    [a1, coopA],
    [b1, coopB],
    [c1, coopC],
    [a2, coopA],
  ] as const) {
    expect(await errorsOf(client, RSVP, { input: { meetingId: meeting.id, coopId: coop.id, response: 'GOING' } })).toEqual([]);
  }
  return meeting.id;
}

async function prepare(meetingId: string, order = 'RSVP') {
  const { preparePitchRound } = await organiser.data(PREPARE_ROUND, { input: { meetingId, order } });
  expect(preparePitchRound.errors).toEqual([]);
  return preparePitchRound.round;
}

async function control(roundId: string, action: string, version?: number) {
  const { controlPitchRound } = await organiser.data(CONTROL_ROUND, { input: { roundId, action, version } });
  return controlPitchRound as { round: any; errors: { code: string; field: string | null; message: string }[] };
}

const tap = (client: TestClient, roundId: string, coopId: string, kind: string, undo?: boolean) =>
  client.data(TAP, { input: { roundId, coopId, kind, undo } }).then((d) => d.tapPitch);

beforeAll(async () => {
  api = await startTestApi('postgres', { crossProcess: true });
  organiser = (await person('Facilitator')).client;
  council = await createCouncil(organiser, { name: 'Pitch Council' });
  const join = async (name: string, coopName: string, placeName: string) => {
    const { client } = await person(name);
    const coop = await createCoop(client, { name: coopName, placeName });
    await client.data(ASK_TO_JOIN, { input: { councilId: council.id, coopId: coop.id } });
    await organiser.data(ANSWER_JOIN, { input: { councilId: council.id, coopId: coop.id, accept: true } });
    return { client, coop };
  };
  ({ client: a1, coop: coopA } = await join('Ava', 'Ava Print Co-op', 'Leeds'));
  ({ client: b1, coop: coopB } = await join('Ben', 'Ben Bikes Co-op', 'York'));
  ({ client: c1, coop: coopC } = await join('Cat', 'Cat Catering Co-op', 'Hull'));
  const second = await person('Abe');
  a2 = second.client;
  await addMember(api.db, second.user.id, coopA.id);
  outsider = (await person('Otto')).client;
}, 60_000);

afterAll(() => api?.close());

describe('preparing a round', () => {
  it('takes the co-ops going, once each, in the order they answered; organisers only', async () => {
    const meetingId = await meetingWithEveryone();
    expect((await errorsOf(a1, PREPARE_ROUND, { input: { meetingId, order: 'RSVP' } }))[0]!.code).toBe('FORBIDDEN');
    expect((await errorsOf(organiser, PREPARE_ROUND, { input: { meetingId, order: 'RSVP', pitchSeconds: 5 } }))[0]!.field).toBe('pitchSeconds');
    const round = await prepare(meetingId);
    expect(round).toMatchObject({ status: 'READY', pitchSeconds: 60, current: null, next: { coopId: coopA.id } });
    expect(round.slots.map((s: { coopId: string; position: number }) => [s.coopId, s.position])).toEqual([
      [coopA.id, 1],
      [coopB.id, 2],
      [coopC.id, 3],
    ]);
  });

  it('takes those recorded present over those going, once attendance is taken', async () => {
    const meetingId = await meetingWithEveryone();
    await api.db.meetingAttendee.updateMany({ where: { meetingId }, data: { attendance: 'ABSENT' } });
    const bUser = await api.db.user.findFirstOrThrow({ where: { displayName: 'Ben' } });
    await api.db.meetingAttendee.update({ where: { meetingId_userId: { meetingId, userId: bUser.id } }, data: { attendance: 'PRESENT' } });
    const round = await prepare(meetingId);
    expect(round.slots.map((s: { coopId: string }) => s.coopId)).toEqual([coopB.id]);
  });

  it('re-orders the co-ops still waiting, and refuses a list that is not them each once', async () => {
    const meetingId = await meetingWithEveryone();
    const round = await prepare(meetingId);
    const started = (await control(round.id, 'START')).round;
    const { reorderPitchRound } = await organiser.data(REORDER_ROUND, { input: { roundId: round.id, coopIds: [coopC.id, coopB.id] } });
    expect(reorderPitchRound.round.slots.map((s: { coopId: string; status: string }) => `${s.coopId === coopA.id ? 'A' : s.coopId === coopB.id ? 'B' : 'C'}:${s.status}`)).toEqual([
      'A:SPEAKING',
      'C:WAITING',
      'B:WAITING',
    ]);
    expect(reorderPitchRound.round.version).toBe(started.version + 1);
    const bad = await errorsOf(organiser, REORDER_ROUND, { input: { roundId: round.id, coopIds: [coopA.id, coopB.id, coopC.id] } });
    expect(bad[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'coopIds' });
    // Once started, the round is re-ordered, not remade.
    expect((await errorsOf(organiser, PREPARE_ROUND, { input: { meetingId, order: 'RANDOM' } }))[0]!.code).toBe('CONFLICT');
  });
});

describe('running a round', () => {
  it('starts on the day, not days before (ending it uses it up)', async () => {
    const meeting = await scheduleMeeting(organiser, council.id, 2);
    await a1.data(RSVP, { input: { meetingId: meeting.id, coopId: coopA.id, response: 'GOING' } });
    const round = await prepare(meeting.id);
    expect((await control(round.id, 'START')).errors[0]).toMatchObject({ code: 'CONFLICT', field: 'action' });
  });

  it('goes start, pause, resume, skip, next, end; refuses a stale screen’s click and every tap after the end', async () => {
    const meetingId = await meetingWithEveryone();
    const round = await prepare(meetingId);
    expect((await tap(a1, round.id, coopB.id, 'TALK')).errors[0].code).toBe('CONFLICT');

    const started = (await control(round.id, 'START')).round;
    expect(started).toMatchObject({ status: 'RUNNING', current: { coopId: coopA.id, name: coopA.name }, next: { coopId: coopB.id } });
    expect(started.clockStartedAt).not.toBeNull();

    // Two facilitators (or a double click) on the same version: one moves on, the other is refused.
    const [one, two] = await Promise.all([control(round.id, 'PAUSE', started.version), control(round.id, 'PAUSE', started.version)]);
    expect([one.errors.length, two.errors.length].sort()).toEqual([0, 1]);
    const paused = (one.errors.length ? two : one).round;
    expect(paused).toMatchObject({ status: 'PAUSED', clockStartedAt: null });
    expect((await control(round.id, 'PAUSE')).errors[0]).toMatchObject({ code: 'CONFLICT', field: 'action' });
    expect((await control(round.id, 'RESUME')).round.status).toBe('RUNNING');

    // B is waiting: not tappable yet. A is speaking: tappable, but not by A's own people.
    expect((await tap(c1, round.id, coopB.id, 'TALK')).errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'coopId' });
    expect((await tap(a1, round.id, coopA.id, 'TALK')).errors[0]).toMatchObject({ field: 'coopId' });
    expect((await tap(outsider, round.id, coopA.id, 'TALK')).errors[0]!.code).toBe('NOT_FOUND');
    expect((await tap(c1, round.id, coopA.id, 'NEED')).tap).toMatchObject({ coopId: coopA.id, kind: 'NEED' });

    const skipped = (await control(round.id, 'SKIP')).round;
    expect(skipped.current.coopId).toBe(coopB.id);
    const next = (await control(round.id, 'NEXT')).round;
    expect(next.current.coopId).toBe(coopC.id);
    expect(next.slots.map((s: { status: string }) => s.status)).toEqual(['SKIPPED', 'DONE', 'SPEAKING']);
    // A skipped pitch takes no taps; one already given may be taken back.
    expect((await tap(a1, round.id, coopA.id, 'TALK')).errors[0].field).toBe('coopId');

    const ended = (await control(round.id, 'END')).round;
    expect(ended).toMatchObject({ status: 'ENDED', current: null, next: null });
    expect((await tap(a1, round.id, coopC.id, 'TALK')).errors[0]).toMatchObject({ code: 'CONFLICT' });
    expect((await control(round.id, 'NEXT')).errors[0]!.code).toBe('CONFLICT');
    const slots = await api.db.pitchSlot.findMany({ where: { roundId: round.id }, orderBy: { position: 'asc' } });
    expect(slots.map((s) => [s.status, s.spokeMs === null])).toEqual([
      ['SKIPPED', true],
      ['DONE', false],
      ['DONE', false],
    ]);
  });

  it('turns mutual "talk" taps into one introduction for the two co-ops, and one-sided ones into a nudge', async () => {
    const meetingId = await meetingWithEveryone();
    const round = await prepare(meetingId);
    await control(round.id, 'START'); // A speaks
    expect((await tap(b1, round.id, coopA.id, 'TALK')).errors).toEqual([]);
    expect((await tap(c1, round.id, coopA.id, 'TALK')).errors).toEqual([]);
    expect((await tap(c1, round.id, coopA.id, 'TALK')).errors).toEqual([]); // twice is once
    expect((await tap(b1, round.id, coopA.id, 'REFERRAL')).errors).toEqual([]);
    expect((await tap(b1, round.id, coopA.id, 'NEED')).errors).toEqual([]);
    expect((await tap(b1, round.id, coopA.id, 'NEED', true)).tap).toBeNull(); // taken back
    await control(round.id, 'NEXT'); // B speaks: both of A's people want to talk
    expect((await tap(a1, round.id, coopB.id, 'TALK')).errors).toEqual([]);
    expect((await tap(a2, round.id, coopB.id, 'TALK')).errors).toEqual([]);
    await control(round.id, 'NEXT'); // C speaks; nobody taps C
    await control(round.id, 'NEXT'); // the end, after the last

    const introductions = await api.db.introduction.findMany({ where: { meetingId } });
    expect(introductions).toHaveLength(1);
    expect([introductions[0]!.fromCoopId, introductions[0]!.toCoopId].sort()).toEqual([coopA.id, coopB.id].sort());
    // Every member of both co-ops hears of it, once.
    const told = await api.db.notification.findMany({ where: { introductionId: introductions[0]!.id } });
    expect(told).toHaveLength(3);

    const forB = (await b1.data(FOLLOW_UPS, { id: meetingId })).meeting;
    expect(forB.followUps.map((f: { kind: string; coop: { id: string } }) => [f.kind, f.coop.id])).toEqual([
      ['INTRODUCTION', coopA.id],
      ['REFERRAL', coopA.id],
    ]);
    // Both sides asked: each sees the other's contact details.
    expect(forB.followUps[0].introduction.contact.email).toBe('hello@calderprint.example.coop');
    const forA2 = (await a2.data(FOLLOW_UPS, { id: meetingId })).meeting;
    expect(forA2.followUps.map((f: { kind: string }) => f.kind)).toEqual(['INTRODUCTION']);
    const forC = (await c1.data(FOLLOW_UPS, { id: meetingId })).meeting;
    expect(forC.followUps.map((f: { kind: string; coop: { id: string } }) => [f.kind, f.coop.id])).toEqual([['TALK', coopA.id]]);
    expect((await outsider.data(FOLLOW_UPS, { id: meetingId })).meeting).toMatchObject({ followUps: [], pitchSummary: null });

    // The referral tap becomes a referral, and the summary counts it.
    const input = { ...referralInput(coopB.id, coopA.id), meetingId };
    const passed = (await b1.data(PASS_REFERRAL, { input })).passReferral;
    expect(passed.errors).toEqual([]);
    const refused = (await c1.data(PASS_REFERRAL, { input: { ...referralInput(coopC.id, coopA.id), meetingId } })).passReferral;
    expect(refused.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'meetingId' });
    const after = (await b1.data(FOLLOW_UPS, { id: meetingId })).meeting;
    expect(after.followUps[1].referral.id).toBe(passed.referral.id);
    expect(after.pitchSummary).toMatchObject({ pitches: 3, skipped: 0, taps: 5, introductions: 1, referrals: 1, referralsWon: 0 });
    expect(after.pitchSummary.byCoop[0]).toMatchObject({ coop: { id: coopA.id }, talk: 2, referral: 1, need: 0 });

    // The digest carries the introduction even once the meeting is over, and the meeting's news
    // with a link to it; a person whose meeting has ended is not mailed its reminder.
    await api.db.meeting.update({ where: { id: meetingId }, data: { endsAt: new Date(Date.now() - 1000), startsAt: new Date(Date.now() - 3_600_000) } });
    const benEmail = (await api.db.user.findFirstOrThrow({ where: { displayName: 'Ben' } })).email;
    await api.services.digests.sendDue(new Date(Date.now() + 2 * 86_400_000));
    const digest = api.services.mailer.captured.filter((m) => m.to === benEmail && !m.subject.startsWith('Confirm')).at(-1);
    expect(digest?.text).toContain(`- You and ${coopA.name} both want to talk, after the pitches at “Monthly trading meeting”`);
    expect(digest?.text).not.toMatch(/Monthly trading meeting.*\/meetings\/${meetingId}/);
  });
});

describe('who may tap', () => {
  it('stops at leaving: a person who left the co-op they came for, or whose co-op left the council, taps no more', async () => {
    const meetingId = await meetingWithEveryone();
    const round = await prepare(meetingId);
    await control(round.id, 'START'); // A speaks
    // Ben joins A too: he may not tap A, a co-op of his, even though he came for B.
    const ben = await api.db.user.findFirstOrThrow({ where: { displayName: 'Ben' } });
    await api.db.membership.create({ data: { userId: ben.id, coopId: coopA.id, role: 'MEMBER' } });
    expect((await tap(b1, round.id, coopA.id, 'TALK')).errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'coopId' });
    await api.db.membership.delete({ where: { userId_coopId: { userId: ben.id, coopId: coopA.id } } });
    // Cat leaves her co-op: no more taps for it, and the live round stops reaching her.
    const watcher = new RoundWatcher(api.endpoint, c1, meetingId);
    await watcher.waitFor((e) => e.status === 'RUNNING');
    const cat = await api.db.user.findFirstOrThrow({ where: { displayName: 'Cat' } });
    await api.db.membership.delete({ where: { userId_coopId: { userId: cat.id, coopId: coopC.id } } });
    expect((await tap(c1, round.id, coopA.id, 'TALK')).errors[0]!.code).toBe('NOT_FOUND');
    await control(round.id, 'NEXT');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(watcher.events.every((e) => e.current?.coopId !== coopB.id)).toBe(true);
    await watcher.close();
    await api.db.membership.create({ data: { userId: cat.id, coopId: coopC.id, role: 'OWNER' } });
  });

  it('keeps a started round as it is when it is made again at the same moment', async () => {
    for (let i = 0; i < 5; i++) {
      const meetingId = await meetingWithEveryone();
      const round = await prepare(meetingId);
      await Promise.all([
        organiser.data(PREPARE_ROUND, { input: { meetingId, order: 'RANDOM' } }),
        control(round.id, 'START'),
      ]);
      const state = await api.db.pitchRound.findUniqueOrThrow({ where: { id: round.id }, include: { slots: true } });
      if (state.status === 'RUNNING') {
        expect(state.slots.filter((s) => s.status === 'SPEAKING').map((s) => s.position)).toEqual([state.currentPosition]);
      }
    }
  });
});

describe('the round live', () => {
  it('sends every page the round as it is, then each change; a page that reconnects catches up', async () => {
    const meetingId = await meetingWithEveryone();
    // A page open before the round is made hears "none yet", then the round once it is made.
    const watcher = new RoundWatcher(api.endpoint, b1, meetingId);
    while (watcher.empty === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const round = await prepare(meetingId);
    await watcher.waitFor((e) => e.status === 'READY');
    const started = (await control(round.id, 'START')).round;
    await watcher.waitFor((e) => e.version === started.version && e.current?.coopId === coopA.id);
    await watcher.close();

    // While this page was away the round moved on; on return it gets the state now.
    const moved = (await control(round.id, 'NEXT')).round;
    const back = new RoundWatcher(api.endpoint, b1, meetingId);
    const first = await back.waitFor(() => true);
    expect(first).toMatchObject({ version: moved.version, current: { coopId: coopB.id } });
    await back.close();

    // Someone who may not come to the meeting gets nothing.
    const stranger = new RoundWatcher(api.endpoint, outsider, meetingId);
    await expect(stranger.waitFor(() => true, 2000)).rejects.toThrow('The subscription ended');
    await stranger.close();
  });

  it('reaches pages on another API process sharing the database, each change once', async () => {
    const second = await startTestApi('postgres', { database: api.url, crossProcess: true });
    try {
      const meetingId = await meetingWithEveryone();
      const round = await prepare(meetingId);
      const session = await api.services.sessions.create((await api.db.user.findFirstOrThrow({ where: { displayName: 'Cat' } })).id);
      const elsewhere = second.client();
      elsewhere.sessionCookie = `p6_session=${session.token}`;
      const watcher = new RoundWatcher(second.endpoint, elsewhere, meetingId);
      await watcher.waitFor((e) => e.status === 'READY');
      for (const action of ['START', 'NEXT', 'NEXT', 'END']) expect((await control(round.id, action)).errors).toEqual([]);
      const last = await watcher.waitFor((e) => e.status === 'ENDED');
      const versions = watcher.events.map((e) => e.version);
      expect(versions).toEqual([...new Set(versions)].sort((x, y) => x - y));
      expect(versions.at(-1)).toBe(last.version);
      expect(versions).toHaveLength(5);
      await watcher.close();
    } finally {
      await second.close();
    }
  });
});
