import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addMember, verifyEmail } from './support/business';
import {
  ADD_ORGANISER,
  ANSWER_JOIN,
  ANSWER_VISITOR,
  ASK_TO_JOIN,
  ASK_TO_VISIT,
  CANCEL_MEETING,
  COUNCIL,
  CREATE_COUNCIL,
  councilInput,
  createCouncil,
  errorsOf,
  IMPORT_MEMBERS,
  INVITE_COOP,
  LEAVE_COUNCIL,
  MEETING,
  meetingInput,
  RECORD_ATTENDANCE,
  REMOVE_ORGANISER,
  RSVP,
  SCHEDULE_MEETING,
  scheduleMeeting,
  UPDATE_MEETING,
} from './support/councils';
import { createCoop, signUp } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';
import type { TestClient } from './support/test-client';

/**
 * Councils and meetings (issue 13): roles and joining both ways, RSVP, visitors and attendance,
 * the calendar files parsed back with ical.js, reminders, and bringing in a member list from a
 * real spreadsheet (Workers.coop's list of UK worker co-ops) with bad rows mixed in.
 */

let api: TestApi;
let organiser: TestClient;
let organiserId: string;
/** Owner of co-op A (joins by asking), a plain member of A, owner of B (joins by invitation), an outsider. */
let ownerA: TestClient;
let memberA: TestClient;
let memberAId: string;
let ownerB: TestClient;
let outsider: TestClient;
let outsiderId: string;
let coopA: { id: string; name: string };
let coopB: { id: string; name: string };
let outsiderCoop: { id: string; name: string };

async function person(name: string, verified = true) {
  const client = api.client();
  const user = await signUp(client, name);
  if (verified) await verifyEmail(api.db, user.id);
  return { client, user };
}

/** The events of an iCalendar file, as ical.js reads them. */
const eventsOf = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));

/** Where the test API serves plain HTTP (calendars). */
const base = () => api.endpoint.replace(/\/graphql$/, '');

async function inbox(userId: string) {
  return api.db.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } });
}

beforeAll(async () => {
  api = await startTestApi('postgres');
  const o = await person('Organiser');
  organiser = o.client;
  organiserId = o.user.id;
  const a = await person('OwnerA');
  ownerA = a.client;
  coopA = await createCoop(ownerA, { name: 'Hebden Print Workers', placeName: 'Hebden Bridge' });
  const m = await person('MemberA');
  memberA = m.client;
  memberAId = m.user.id;
  await addMember(api.db, memberAId, coopA.id);
  const b = await person('OwnerB');
  ownerB = b.client;
  coopB = await createCoop(ownerB, { name: 'Leeds Bike Couriers', placeName: 'Leeds' });
  const x = await person('Outsider');
  outsider = x.client;
  outsiderId = x.user.id;
  outsiderCoop = await createCoop(outsider, { name: 'Sheffield Tech Co-op', placeName: 'Sheffield' });
}, 60_000);

afterAll(() => api?.close());

describe('starting a council', () => {
  it('makes the person who starts it its first organiser', async () => {
    const council = await createCouncil(organiser, { name: 'Calder Valley Co-op Council' });
    const { council: read } = await organiser.data(COUNCIL, { slug: council.slug });
    expect(read).toMatchObject({ name: 'Calder Valley Co-op Council', viewerIsOrganiser: true, memberCount: 0 });
    expect(read.organisers).toEqual([{ userId: organiserId, displayName: 'Organiser' }]);
    expect(read.calendarUrl).toMatch(new RegExp(`/calendars/councils/${council.slug}\\.ics$`));
  });

  it('refuses bad input field by field, and an unconfirmed address, writing nothing', async () => {
    const before = await api.db.council.count();
    const bad = await errorsOf(organiser, CREATE_COUNCIL, { input: councilInput({ name: 'x', timeZone: 'Mars/Olympus', website: 'not a site' }) });
    expect(bad.map((e) => e.field).sort()).toEqual(['name', 'timeZone', 'website']);
    const { client } = await person('Unconfirmed', false);
    expect((await errorsOf(client, CREATE_COUNCIL, { input: councilInput() }))[0]!.code).toBe('EMAIL_NOT_VERIFIED');
    expect((await errorsOf(api.client(), CREATE_COUNCIL, { input: councilInput() }))[0]!.code).toBe('UNAUTHENTICATED');
    expect(await api.db.council.count()).toBe(before);
  });

  it('gives two councils of one name two addresses', async () => {
    const one = await createCouncil(organiser, { name: 'Twin Council' });
    const two = await createCouncil(organiser, { name: 'Twin Council' });
    expect([one.slug, two.slug]).toEqual(['twin-council', 'twin-council-2']);
  });
});

describe('joining a council', () => {
  let council: { id: string; slug: string };
  beforeAll(async () => {
    council = await createCouncil(organiser, { name: 'Joining Council' });
  });

  it('by asking: only an owner asks; an organiser approves; the co-op hears it joined', async () => {
    const input = { councilId: council.id, coopId: coopA.id, message: 'We print for half the valley.' };
    expect((await errorsOf(memberA, ASK_TO_JOIN, { input }))[0]).toMatchObject({ code: 'FORBIDDEN', field: 'coopId' });
    const { askToJoinCouncil } = await ownerA.data(ASK_TO_JOIN, { input });
    expect(askToJoinCouncil.member).toMatchObject({ status: 'REQUESTED', route: 'REQUESTED' });
    expect((await errorsOf(ownerA, ASK_TO_JOIN, { input }))[0]!.code).toBe('CONFLICT');
    expect((await inbox(organiserId)).map((n) => n.kind)).toContain('COUNCIL_REQUEST');

    // The co-op's own people cannot approve their own request.
    const answer = { councilId: council.id, coopId: coopA.id, accept: true };
    expect((await errorsOf(ownerA, ANSWER_JOIN, { input: answer }))[0]!.code).toBe('FORBIDDEN');
    const { council: pending } = await organiser.data(COUNCIL, { slug: council.slug });
    expect(pending.pendingMembers).toEqual([expect.objectContaining({ status: 'REQUESTED', message: 'We print for half the valley.' })]);
    const { answerCouncilJoin } = await organiser.data(ANSWER_JOIN, { input: answer });
    expect(answerCouncilJoin.member.status).toBe('MEMBER');
    expect((await inbox(memberAId)).map((n) => n.kind)).toContain('COUNCIL_JOINED');

    const { council: seen } = await outsider.data(COUNCIL, { slug: council.slug });
    expect(seen.memberCount).toBe(1);
    // The note between the co-op and the organisers is theirs alone; the list is public.
    expect(seen.members.edges).toEqual([{ node: expect.objectContaining({ status: 'MEMBER', message: null, coop: { id: coopA.id, name: coopA.name } }) }]);
    expect(seen.pendingMembers).toBeNull();
  });

  it('by invitation: only organisers invite; only the co-op’s owners accept; declining leaves no row', async () => {
    const input = { councilId: council.id, coopId: coopB.id };
    expect((await errorsOf(ownerA, INVITE_COOP, { input }))[0]!.code).toBe('FORBIDDEN');
    const { inviteCoopToCouncil } = await organiser.data(INVITE_COOP, { input });
    expect(inviteCoopToCouncil.member).toMatchObject({ status: 'INVITED', route: 'INVITED' });
    const decline = { councilId: council.id, coopId: coopB.id, accept: false };
    expect((await errorsOf(organiser, ANSWER_JOIN, { input: decline }))[0]!.code).toBe('FORBIDDEN');
    const { answerCouncilJoin } = await ownerB.data(ANSWER_JOIN, { input: decline });
    expect(answerCouncilJoin).toEqual({ member: null, errors: [] });
    expect(await api.db.councilMember.count({ where: { councilId: council.id, coopId: coopB.id } })).toBe(0);

    // Invited again, the owner asking is accepting: both sides want it.
    await organiser.data(INVITE_COOP, { input });
    const { askToJoinCouncil } = await ownerB.data(ASK_TO_JOIN, { input });
    expect(askToJoinCouncil.member.status).toBe('MEMBER');
  });

  it('lets a co-op nobody on the network belongs to join straight away when invited', async () => {
    const orphan = await api.db.coop.findUniqueOrThrow({ where: { id: coopA.id }, include: { place: true } });
    const unclaimed = await api.db.coop.create({
      data: { slug: 'unclaimed-bakery', name: 'Unclaimed Bakery', placeId: orphan.placeId, provides: 'Bread', whyBuy: '', wantToTalkTo: '', coopType: 'WORKER' },
    });
    const { inviteCoopToCouncil } = await organiser.data(INVITE_COOP, { input: { councilId: council.id, coopId: unclaimed.id } });
    expect(inviteCoopToCouncil.member).toMatchObject({ status: 'MEMBER', route: 'IMPORTED' });
  });

  it('adds organisers from the member co-ops only, and never removes the last', async () => {
    const ownerAEmail = (await api.db.user.findFirstOrThrow({ where: { displayName: 'OwnerA' } })).email;
    const outsiderEmail = (await api.db.user.findUniqueOrThrow({ where: { id: outsiderId } })).email;
    expect((await errorsOf(organiser, ADD_ORGANISER, { input: { councilId: council.id, email: outsiderEmail } }))[0]).toMatchObject({ code: 'NOT_FOUND', field: 'email' });
    expect((await errorsOf(ownerA, ADD_ORGANISER, { input: { councilId: council.id, email: ownerAEmail } }))[0]!.code).toBe('FORBIDDEN');
    // Found by the fuzzer: a NUL byte reached PostgreSQL, which refuses it in text.
    expect((await errorsOf(organiser, ADD_ORGANISER, { input: { councilId: council.id, email: `${ownerAEmail}\u0000` } }))[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'email' });
    const { addCouncilOrganiser } = await organiser.data(ADD_ORGANISER, { input: { councilId: council.id, email: ownerAEmail.toUpperCase() } });
    expect(addCouncilOrganiser.council.organisers).toHaveLength(2);
    expect((await errorsOf(organiser, ADD_ORGANISER, { input: { councilId: council.id, email: ownerAEmail } }))[0]!.code).toBe('CONFLICT');

    const ownerAId = addCouncilOrganiser.council.organisers.find((o: { displayName: string }) => o.displayName === 'OwnerA').userId;
    // Two organisers removing each other at once leave one of them.
    const answers = await Promise.all([
      errorsOf(organiser, REMOVE_ORGANISER, { input: { councilId: council.id, userId: ownerAId } }),
      errorsOf(ownerA, REMOVE_ORGANISER, { input: { councilId: council.id, userId: organiserId } }),
    ]);
    // One went through; the other found its remover gone (no longer an organiser) or the last one.
    expect(answers.filter((errors) => errors.length === 0)).toHaveLength(1);
    const left = await api.db.councilOrganiser.findMany({ where: { councilId: council.id } });
    expect(left).toHaveLength(1);
    const last = left[0]!.userId;
    const lastClient = last === organiserId ? organiser : ownerA;
    expect((await errorsOf(lastClient, REMOVE_ORGANISER, { input: { councilId: council.id, userId: last } }))[0]!.code).toBe('CONFLICT');
    if (last !== organiserId) await api.db.councilOrganiser.create({ data: { councilId: council.id, userId: organiserId } });
  });

  it('lets an owner leave and an organiser remove, and nobody else', async () => {
    const other = await createCouncil(organiser, { name: 'Leaving Council' });
    await organiser.data(INVITE_COOP, { input: { councilId: other.id, coopId: coopB.id } });
    await ownerB.data(ANSWER_JOIN, { input: { councilId: other.id, coopId: coopB.id, accept: true } });
    expect((await errorsOf(outsider, LEAVE_COUNCIL, { input: { councilId: other.id, coopId: coopB.id } }))[0]!.code).toBe('FORBIDDEN');
    expect(await errorsOf(ownerB, LEAVE_COUNCIL, { input: { councilId: other.id, coopId: coopB.id } })).toEqual([]);
    expect((await errorsOf(ownerB, LEAVE_COUNCIL, { input: { councilId: other.id, coopId: coopB.id } }))[0]!.code).toBe('NOT_FOUND');
  });
});

describe('meetings', () => {
  let council: { id: string; slug: string };
  let meeting: { id: string };
  beforeAll(async () => {
    council = await createCouncil(organiser, { name: 'Meeting Council' });
    await ownerA.data(ASK_TO_JOIN, { input: { councilId: council.id, coopId: coopA.id } });
    await organiser.data(ANSWER_JOIN, { input: { councilId: council.id, coopId: coopA.id, accept: true } });
  });

  it('are scheduled by organisers only, with field-level refusals, and announced to the member co-ops', async () => {
    expect((await errorsOf(ownerA, SCHEDULE_MEETING, { councilId: council.id, input: meetingInput() }))[0]!.code).toBe('FORBIDDEN');
    const bad = await errorsOf(organiser, SCHEDULE_MEETING, {
      councilId: council.id,
      input: meetingInput(7, { title: '', venue: null, onlineUrl: 'javascript:alert(1)', endsAt: new Date(Date.now()).toISOString() }),
    });
    expect(bad.map((e) => e.field).sort()).toEqual(['endsAt', 'onlineUrl', 'title', 'venue']);
    expect((await errorsOf(organiser, SCHEDULE_MEETING, { councilId: council.id, input: meetingInput(-1) }))[0]!.field).toBe('startsAt');
    // Found by the hostile review: a NUL reached PostgreSQL; a U+0001 or a U+202E went into the calendar file.
    for (const onlineUrl of ['https://meet.example.org/a\u0000b', 'https://meet.example.org/a\u0001b', 'https://meet.example.org/\u202egnp.exe']) {
      expect((await errorsOf(organiser, SCHEDULE_MEETING, { councilId: council.id, input: meetingInput(7, { onlineUrl }) }))[0]!.field).toBe('onlineUrl');
    }

    meeting = await scheduleMeeting(organiser, council.id);
    expect((await inbox(memberAId)).filter((n) => n.kind === 'MEETING_SCHEDULED' && n.meetingId === meeting.id)).toHaveLength(1);
    expect(await inbox(outsiderId)).toEqual([]);
  });

  it('show the online link and who is coming to those who may come, not to anyone else', async () => {
    await memberA.data(RSVP, { input: { meetingId: meeting.id, coopId: coopA.id, response: 'GOING' } });
    const { meeting: inside } = await memberA.data(MEETING, { id: meeting.id });
    expect(inside).toMatchObject({ onlineUrl: 'https://meet.example.org/northern', viewerCanRsvp: true, goingCount: 1 });
    expect(inside.attendees).toEqual([expect.objectContaining({ displayName: 'MemberA', status: 'GOING', coop: { id: coopA.id } })]);
    const { meeting: outside } = await outsider.data(MEETING, { id: meeting.id });
    expect(outside).toMatchObject({ onlineUrl: null, attendees: null, viewerCanRsvp: false, goingCount: 1, venue: 'Friends Meeting House, Manchester' });
    const { meeting: anonymous } = await api.client().data(MEETING, { id: meeting.id });
    expect(anonymous).toMatchObject({ onlineUrl: null, attendees: null });
  });

  it('take answers from people in member co-ops only, for a co-op of theirs', async () => {
    expect((await errorsOf(outsider, RSVP, { input: { meetingId: meeting.id, coopId: outsiderCoop.id, response: 'GOING' } }))[0]!.code).toBe('FORBIDDEN');
    expect((await errorsOf(ownerA, RSVP, { input: { meetingId: meeting.id, coopId: coopB.id, response: 'GOING' } }))[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'coopId' });
    const { rsvp } = await ownerA.data(RSVP, { input: { meetingId: meeting.id, coopId: coopA.id, response: 'MAYBE' } });
    expect(rsvp.attendee).toMatchObject({ role: 'MEMBER', status: 'MAYBE' });
  });

  it('let visitors ask; organisers let them in, and only then do they see the link', async () => {
    const input = { meetingId: meeting.id, coopId: outsiderCoop.id, broughtByCoopId: coopA.id, note: 'Keen to meet the printers.' };
    // Asked three times at once (a double click and a retry): one request, the others told so, no error.
    const { client: eager } = await person('Eager');
    const eagerCoop = await createCoop(eager, { name: 'Eager Co-op', placeName: 'Hull' });
    const codes = await Promise.all([1, 2, 3].map(() => errorsOf(eager, ASK_TO_VISIT, { input: { meetingId: meeting.id, coopId: eagerCoop.id } })));
    expect(codes.map((e) => e[0]?.code ?? 'ok').sort()).toEqual(['CONFLICT', 'CONFLICT', 'ok']);
    expect((await errorsOf(outsider, ASK_TO_VISIT, { input: { ...input, coopId: coopA.id } }))[0]).toMatchObject({ code: 'FORBIDDEN', field: 'coopId' });
    expect((await errorsOf(ownerA, ASK_TO_VISIT, { input: { ...input, coopId: coopA.id } }))[0]!.code).toBe('CONFLICT');
    expect((await errorsOf(outsider, ASK_TO_VISIT, { input: { ...input, broughtByCoopId: coopB.id } }))[0]!.field).toBe('broughtByCoopId');
    const { askToVisit } = await outsider.data(ASK_TO_VISIT, { input });
    expect(askToVisit.attendee).toMatchObject({ role: 'VISITOR', status: 'ASKED', note: 'Keen to meet the printers.', broughtBy: { id: coopA.id } });
    expect((await inbox(organiserId)).some((n) => n.kind === 'VISITOR_REQUEST' && n.meetingId === meeting.id)).toBe(true);
    expect((await outsider.data(MEETING, { id: meeting.id })).meeting.onlineUrl).toBeNull();
    // Another member sees the visitor's answer only once let in, and never their note.
    expect((await memberA.data(MEETING, { id: meeting.id })).meeting.attendees.map((a: { displayName: string }) => a.displayName)).not.toContain('Outsider');

    expect((await errorsOf(ownerA, ANSWER_VISITOR, { input: { meetingId: meeting.id, userId: outsiderId, accept: true } }))[0]!.code).toBe('FORBIDDEN');
    const { answerVisitor } = await organiser.data(ANSWER_VISITOR, { input: { meetingId: meeting.id, userId: outsiderId, accept: true } });
    expect(answerVisitor.attendee.status).toBe('GOING');
    expect((await inbox(outsiderId)).map((n) => n.kind)).toContain('VISITOR_ANSWERED');
    expect((await outsider.data(MEETING, { id: meeting.id })).meeting.onlineUrl).toBe('https://meet.example.org/northern');
    const seenByMember = (await memberA.data(MEETING, { id: meeting.id })).meeting.attendees.find((a: { displayName: string }) => a.displayName === 'Outsider');
    expect(seenByMember).toMatchObject({ role: 'VISITOR', note: null });
  });

  it('record attendance once started, all entries or none', async () => {
    const entries = [{ userId: memberAId, attendance: 'PRESENT' }];
    expect((await errorsOf(organiser, RECORD_ATTENDANCE, { input: { meetingId: meeting.id, entries } }))[0]!.code).toBe('CONFLICT');
    await api.db.meeting.update({ where: { id: meeting.id }, data: { startsAt: new Date(Date.now() - 60_000) } });
    expect((await errorsOf(ownerA, RECORD_ATTENDANCE, { input: { meetingId: meeting.id, entries } }))[0]!.code).toBe('FORBIDDEN');

    const ownerAId = (await api.db.user.findFirstOrThrow({ where: { displayName: 'OwnerA' } })).id;
    const bad = await errorsOf(organiser, RECORD_ATTENDANCE, {
      input: { meetingId: meeting.id, entries: [...entries, { userId: ownerAId, attendance: 'SUBSTITUTE' }] },
    });
    expect(bad[0]).toMatchObject({ field: 'entries.1.substituteName' });
    const stranger = (await person('Stranger')).user.id;
    const unknown = await errorsOf(organiser, RECORD_ATTENDANCE, { input: { meetingId: meeting.id, entries: [...entries, { userId: stranger, attendance: 'PRESENT' }] } });
    expect(unknown[0]).toMatchObject({ code: 'NOT_FOUND', field: 'entries.1.userId' });
    expect(await api.db.meetingAttendee.count({ where: { meetingId: meeting.id, attendance: { not: null } } })).toBe(0);

    expect(
      await errorsOf(organiser, RECORD_ATTENDANCE, {
        input: {
          meetingId: meeting.id,
          entries: [...entries, { userId: ownerAId, attendance: 'SUBSTITUTE', substituteName: 'Jo from the print room' }, { userId: outsiderId, attendance: 'ABSENT' }],
        },
      }),
    ).toEqual([]);
    const rows = await api.db.meetingAttendee.findMany({ where: { meetingId: meeting.id, attendance: { not: null } }, orderBy: { attendance: 'asc' } });
    expect(rows.map((r) => [r.attendance, r.substituteName])).toEqual([
      ['PRESENT', null],
      ['ABSENT', null],
      ['SUBSTITUTE', 'Jo from the print room'],
    ]);
  });

  it('tell those coming of a change and a cancellation, raising the invitation’s sequence', async () => {
    const next = await scheduleMeeting(organiser, council.id, 14);
    expect((await errorsOf(organiser, UPDATE_MEETING, { id: next.id, input: meetingInput(-3) }))[0]!.field).toBe('startsAt');
    await memberA.data(RSVP, { input: { meetingId: next.id, coopId: coopA.id, response: 'GOING' } });
    const { updateMeeting } = await organiser.data(UPDATE_MEETING, { id: next.id, input: meetingInput(15, { format: 'ONLINE', venue: 'ignored' }) });
    expect(updateMeeting.meeting).toMatchObject({ format: 'ONLINE', venue: null });
    await organiser.data(CANCEL_MEETING, { id: next.id });
    expect((await errorsOf(organiser, CANCEL_MEETING, { id: next.id }))[0]!.code).toBe('CONFLICT');
    const changes = (await inbox(memberAId)).filter((n) => n.kind === 'MEETING_CHANGED' && n.meetingId === next.id);
    expect(changes).toHaveLength(2);
    expect((await api.db.meeting.findUniqueOrThrow({ where: { id: next.id } })).sequence).toBe(2);
    expect((await errorsOf(memberA, RSVP, { input: { meetingId: next.id, coopId: coopA.id, response: 'GOING' } }))[0]!.code).toBe('CONFLICT');
  });

  it('remind those coming a day ahead, once', async () => {
    const soon = await scheduleMeeting(organiser, council.id, 0.5);
    await memberA.data(RSVP, { input: { meetingId: soon.id, coopId: coopA.id, response: 'GOING' } });
    await ownerA.data(RSVP, { input: { meetingId: soon.id, coopId: coopA.id, response: 'NOT_GOING' } });
    const later = await scheduleMeeting(organiser, council.id, 3);
    await memberA.data(RSVP, { input: { meetingId: later.id, coopId: coopA.id, response: 'GOING' } });
    expect(await api.services.meetingReminders.sendDue()).toBeGreaterThanOrEqual(1);
    expect(await api.services.meetingReminders.sendDue()).toBe(0);
    const reminders = await api.db.notification.findMany({ where: { kind: 'MEETING_REMINDER' } });
    expect(reminders.map((n) => [n.userId, n.meetingId])).toEqual([[memberAId, soon.id]]);
    const { notifications } = await memberA.data(`{ notifications(first: 50) { edges { node { kind summary meeting { id } } } } }`);
    const line = notifications.edges.find((e: { node: { kind: string } }) => e.node.kind === 'MEETING_REMINDER').node;
    expect(line.summary).toMatch(/^“Monthly trading meeting” is on /);
  });
});

describe('calendar files', () => {
  it('parse back with ical.js: one event per meeting, its sequence, a cancellation as CANCELLED, no link in the public feed', async () => {
    const council = await createCouncil(organiser, { name: 'Calendar Council' });
    const kept = await scheduleMeeting(organiser, council.id, 10, { title: 'Kept meeting' });
    const dropped = await scheduleMeeting(organiser, council.id, 20, { title: 'Dropped meeting' });
    await organiser.data(CANCEL_MEETING, { id: dropped.id });

    const feed = await fetch(`${base()}/calendars/councils/${council.slug}.ics`);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    const events = eventsOf(await feed.text());
    expect(events.map((e) => [e.uid, e.summary, e.sequence, e.component.getFirstPropertyValue('status')])).toEqual([
      [`${kept.id}@principle-six`, 'Kept meeting (Calendar Council)', 0, 'CONFIRMED'],
      [`${dropped.id}@principle-six`, 'Dropped meeting (Calendar Council)', 1, 'CANCELLED'],
    ]);
    const stored = await api.db.meeting.findUniqueOrThrow({ where: { id: kept.id } });
    expect(events[0]!.startDate.toJSDate().getTime()).toBe(stored.startsAt.getTime());
    expect(events[0]!.endDate.toJSDate().getTime()).toBe(stored.endsAt.getTime());
    expect(events.map((e) => [e.location, e.description].join())).not.toContain('meet.example.org');
    expect(events[0]!.location).toMatch(/^Friends Meeting House, Manchester · Online: the link is on http/);

    // The invitation carries the link for the organiser (the session cookie), not for a stranger.
    const invite = async (client: TestClient) => {
      const response = await fetch(`${base()}/calendars/meetings/${kept.id}.ics`, { headers: client.sessionCookie ? { cookie: client.sessionCookie } : {} });
      return eventsOf(await response.text())[0]!.location;
    };
    expect(await invite(organiser)).toBe('Friends Meeting House, Manchester · https://meet.example.org/northern');
    expect(await invite(api.client())).not.toContain('meet.example.org');
    expect((await fetch(`${base()}/calendars/councils/no-such-council.ics`)).status).toBe(404);
    expect((await fetch(`${base()}/calendars/meetings/not-an-id.ics`)).status).toBe(404);
  });
});

describe('bringing in a member list', () => {
  const SHEET = path.resolve(__dirname, '../../../../../shared/data/workers-coop-uk-2023/2023-06-23_wc_converted.csv');
  type Sheet = Record<string, string>;
  let sheet: Sheet[];
  let council: { id: string; slug: string };

  /** The organiser's column mapping: Name, Locality, Website, Description and Identifier. */
  const mapped = (r: Sheet) => ({ name: r.Name, place: r.Locality, website: r.Website, provides: r.Description, registerNumber: r.Identifier });

  beforeAll(async () => {
    sheet = parse(readFileSync(SHEET), { columns: true, skip_empty_lines: true, bom: true });
    council = await createCouncil(organiser, { name: 'Worker Co-op Council' });
    // Two co-ops of the list are on the network already: one from the register (by its
    // identifier), one made in the app under a slightly different form of its name.
    const [first, second] = [sheet[0]!, sheet[1]!];
    const place = await api.db.place.create({ data: { name: second.Locality!, countryCode: 'GB' } });
    await api.db.coop.create({
      data: { slug: 'from-the-register', name: `${first.Name} Limited`, placeId: place.id, provides: '', whyBuy: '', wantToTalkTo: '', coopType: 'WORKER', source: 'coops-uk', sourceId: first.Identifier },
    });
    await api.db.coop.create({
      data: { slug: 'made-in-the-app', name: `The ${second.Name!.toUpperCase()} Ltd`, placeId: place.id, provides: 'x', whyBuy: '', wantToTalkTo: '', coopType: 'WORKER' },
    });
  });

  it('previews exactly what it then does, matching before creating, and reports each bad row', async () => {
    const rows = [
      ...sheet.slice(0, 40).map(mapped),
      { name: '', place: 'Leeds' },
      { name: 'Bad Site Co-op', place: 'Leeds', website: 'javascript:alert(1)' },
      { name: 'No Place Co-op' },
      mapped(sheet[5]!),
    ];
    const countsBefore = { coops: await api.db.coop.count(), members: await api.db.councilMember.count() };
    const preview = (await organiser.data(IMPORT_MEMBERS, { input: { councilId: council.id, rows, dryRun: true } })).importCouncilMembers;
    expect(preview.errors).toEqual([]);
    expect({ coops: await api.db.coop.count(), members: await api.db.councilMember.count() }).toEqual(countsBefore);

    const done = (await organiser.data(IMPORT_MEMBERS, { input: { councilId: council.id, rows, dryRun: false } })).importCouncilMembers;
    const shape = (report: { rows: { row: number; outcome: string; message: string | null }[] }) => report.rows.map((r) => [r.row, r.outcome, r.message]);
    expect(shape(done.report)).toEqual(shape(preview.report));

    const byRow = new Map(done.report.rows.map((r: { row: number }) => [r.row, r]));
    expect(byRow.get(1)).toMatchObject({ outcome: 'MATCHED_BY_REGISTER_NUMBER', coop: { name: `${sheet[0]!.Name} Limited` } });
    expect(byRow.get(2)).toMatchObject({ outcome: 'MATCHED_BY_NAME_AND_PLACE' });
    expect(byRow.get(41)).toMatchObject({ outcome: 'REFUSED', message: 'The row has no name.' });
    expect(byRow.get(42)).toMatchObject({ outcome: 'REFUSED', message: expect.stringMatching(/web address/) });
    expect(byRow.get(43)).toMatchObject({ outcome: 'REFUSED', message: expect.stringMatching(/town or city/) });
    expect(byRow.get(44)).toMatchObject({ outcome: 'ALREADY_MEMBER', message: 'An earlier row named the same co-op.' });
    expect(done.report).toMatchObject({ matched: 2, created: 38, alreadyMembers: 1, refused: 3 });
    // A description longer than a profile holds is cut at a word, and the row says so.
    const long = sheet.findIndex((r, i) => i < 40 && r.Description!.trim().length > 2000);
    expect(byRow.get(long + 1)).toMatchObject({ outcome: 'CREATED', message: 'What it does was cut to 2,000 characters.' });
    expect((await api.db.coop.findFirstOrThrow({ where: { name: sheet[long]!.Name } })).provides).toMatch(/^.{1000,2000}…$/s);
    expect(await api.db.councilMember.count({ where: { councilId: council.id, status: 'MEMBER' } })).toBe(40);
    // A created co-op is findable by what the list says it does.
    const made = await api.db.coop.findFirstOrThrow({ where: { name: sheet[3]!.Name } });
    expect(made.provides).toBe(sheet[3]!.Description!.trim());

    // Sent again, every row is a member already: nothing doubles.
    const again = (await organiser.data(IMPORT_MEMBERS, { input: { councilId: council.id, rows: rows.slice(0, 40), dryRun: false } })).importCouncilMembers;
    expect(again.report).toMatchObject({ matched: 0, created: 0, alreadyMembers: 40 });
  });

  it('invites a listed co-op whose people are on the network, and tells them', async () => {
    const { rows } = (await organiser.data(IMPORT_MEMBERS, { input: { councilId: council.id, rows: [{ name: coopB.name, place: 'Leeds' }], dryRun: false } }))
      .importCouncilMembers.report;
    expect(rows[0]).toMatchObject({ outcome: 'MATCHED_BY_NAME_AND_PLACE', message: expect.stringMatching(/invited/) });
    const ownerB = await api.db.membership.findFirstOrThrow({ where: { coopId: coopB.id, role: 'OWNER' } });
    expect(await api.db.notification.count({ where: { userId: ownerB.userId, kind: 'COUNCIL_INVITATION', councilId: council.id } })).toBe(1);
  });

  it('is for organisers only, with 1 to 500 rows', async () => {
    const rows = [mapped(sheet[0]!)];
    expect((await errorsOf(ownerA, IMPORT_MEMBERS, { input: { councilId: council.id, rows, dryRun: true } }))[0]!.code).toBe('FORBIDDEN');
    expect((await errorsOf(organiser, IMPORT_MEMBERS, { input: { councilId: council.id, rows: [], dryRun: true } }))[0]!.field).toBe('rows');
    const tooMany = Array.from({ length: 501 }, () => rows[0]);
    expect((await errorsOf(organiser, IMPORT_MEMBERS, { input: { councilId: council.id, rows: tooMany, dryRun: true } }))[0]!.field).toBe('rows');
  });
});
