import { placeMatch, verifyEmail } from './support/business';
import { ANSWER_JOIN, ANSWER_VISITOR, ASK_TO_JOIN, ASK_TO_VISIT, createCouncil, errorsOf, RSVP, scheduleMeeting } from './support/councils';
import { postNeed } from './support/postings';
import { createCoop, signUp } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';
import type { TestClient } from './support/test-client';

/**
 * Common ground (issue 13): interests from a vocabulary or as normalised tags, private by default;
 * "people you could talk to" at a meeting, ranked by usefulness then common ground, and for each
 * visibility level, a reason only when the viewer may see the other person's interest.
 */

const ADD = `mutation ($input: InterestInput!) { addInterest(input: $input) { interest { id kind label visibility } errors { code field message } } }`;
const SET = `mutation ($input: InterestVisibilityInput!) { setInterestVisibility(input: $input) { interest { visibility } errors { code field message } } }`;
const REMOVE = `mutation ($id: ID!) { removeInterest(id: $id) { ok errors { code field message } } }`;
const OPTIONS = `query ($kind: InterestKind!, $text: String!) { interestOptions(kind: $kind, text: $text) { code label } }`;
const PEOPLE = `query ($id: ID!) { meeting(id: $id) { peopleToMeet(first: 10) { displayName coop { id } reasons usefulness commonGround } } }`;

let api: TestApi;
let organiser: TestClient;
/** Vi (co-op A, the viewer), Pip (co-op B, in the council), Gus (co-op C, a visitor: shares no council with Vi). */
let vi: TestClient;
let pip: TestClient;
let gus: TestClient;
let coopA: { id: string; name: string };
let coopB: { id: string; name: string };
let meetingId: string;

async function person(name: string) {
  const client = api.client();
  const user = await signUp(client, name);
  await verifyEmail(api.db, user.id);
  return client;
}

async function add(client: TestClient, kind: string, label: string, visibility = 'ONLY_ME') {
  const { addInterest } = await client.data(ADD, { input: { kind, label, visibility } });
  return addInterest as { interest: { id: string; label: string } | null; errors: { code: string; field: string | null }[] };
}

const people = async (client: TestClient) =>
  (await client.data(PEOPLE, { id: meetingId })).meeting.peopleToMeet as { displayName: string; reasons: string[]; usefulness: number; commonGround: number }[];
const reasonsFor = async (client: TestClient, name: string) => (await people(client)).find((p) => p.displayName === name)?.reasons ?? [];

beforeAll(async () => {
  api = await startTestApi('postgres');
  organiser = await person('Org');
  const council = await createCouncil(organiser, { name: 'Common Ground Council' });
  vi = await person('Vi');
  coopA = await createCoop(vi, { name: 'Vi Print Co-op', placeName: 'Stockport' });
  pip = await person('Pip');
  coopB = await createCoop(pip, { name: 'Pip Packaging Co-op', placeName: 'Salford' });
  for (const [client, coop] of [
    [vi, coopA],
    [pip, coopB],
  ] as const) {
    await client.data(ASK_TO_JOIN, { input: { councilId: council.id, coopId: coop.id } });
    await organiser.data(ANSWER_JOIN, { input: { councilId: council.id, coopId: coop.id, accept: true } });
  }
  meetingId = (await scheduleMeeting(organiser, council.id, 3)).id;
  await vi.data(RSVP, { input: { meetingId, coopId: coopA.id, response: 'GOING' } });
  await pip.data(RSVP, { input: { meetingId, coopId: coopB.id, response: 'GOING' } });
  gus = await person('Gus');
  const coopC = await createCoop(gus, { name: 'Gus Growers Co-op', placeName: 'Oldham' });
  await gus.data(ASK_TO_VISIT, { input: { meetingId, coopId: coopC.id } });
  const gusId = (await api.db.user.findFirstOrThrow({ where: { displayName: 'Gus' } })).id;
  await organiser.data(ANSWER_VISITOR, { input: { meetingId, userId: gusId, accept: true } });
}, 60_000);

afterAll(() => api?.close());

describe('interests', () => {
  it('take countries and languages from the vocabulary, and free tags as written', async () => {
    const wales = await add(vi, 'LANGUAGE', 'welsh');
    expect(wales.interest).toMatchObject({ label: 'Welsh' });
    expect((await add(vi, 'COUNTRY', 'Narnia')).errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'label' });
    expect((await add(vi, 'LANGUAGE', 'cy')).errors[0]!.code).toBe('CONFLICT');
    expect((await add(vi, 'HOBBY', 'x')).errors[0]!.field).toBe('label');
    // Found by the hostile review: names of an object's own machinery are no language.
    expect((await add(vi, 'LANGUAGE', 'constructor')).errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'label' });
    expect((await add(vi, 'LANGUAGE', '__proto__')).errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'label' });
    expect((await add(vi, 'HOBBY', 'Fell running\u202e')).errors[0]!.field).toBe('label');
    const { addInterest } = await vi.data(ADD, { input: { kind: 'TEAM', label: 'Stockport County', visibility: 'EVERYONE' } }).catch(() => ({ addInterest: null }));
    expect(addInterest).toBeNull(); // not an enum value: refused before any resolver
    expect((await errorsOf(api.client(), ADD, { input: { kind: 'HOBBY', label: 'Chess', visibility: 'ONLY_ME' } }))[0]!.code).toBe('UNAUTHENTICATED');
  });

  it('are changed and removed by their owner only', async () => {
    const { interest } = await add(vi, 'HOBBY', 'Allotments');
    expect((await errorsOf(pip, SET, { input: { id: interest!.id, visibility: 'SIGNED_IN' } }))[0]!.code).toBe('NOT_FOUND');
    expect((await errorsOf(pip, REMOVE, { id: interest!.id }))[0]!.code).toBe('NOT_FOUND');
    expect(await errorsOf(vi, SET, { input: { id: interest!.id, visibility: 'COUNCILS' } })).toEqual([]);
    expect(await errorsOf(vi, REMOVE, { id: interest!.id })).toEqual([]);
  });

  it('offer as choices only tags others made visible to everyone signed in', async () => {
    await add(pip, 'CAUSE', 'Community energy', 'SIGNED_IN');
    await add(pip, 'CAUSE', 'Community land trusts', 'COUNCILS');
    const { interestOptions } = await gus.data(OPTIONS, { kind: 'CAUSE', text: 'community' });
    expect(interestOptions).toEqual([{ code: null, label: 'Community energy' }]);
    // Tags shown to everyone signed in are not shown to someone signed out.
    expect((await api.client().data(OPTIONS, { kind: 'CAUSE', text: 'community' })).interestOptions).toEqual([]);
    const languages = (await gus.data(OPTIONS, { kind: 'LANGUAGE', text: 'wel' })).interestOptions;
    expect(languages[0]).toEqual({ code: 'cy', label: 'Welsh' });
  });
});

describe('people you could talk to', () => {
  it('name an interest only when the viewer may see the other person’s, at each visibility level', async () => {
    await add(vi, 'TEAM', 'Stockport County FC', 'ONLY_ME');
    const pips = await add(pip, 'TEAM', 'stockport county', 'ONLY_ME');
    const gusTeam = await add(gus, 'TEAM', 'Stockport County', 'COUNCILS');

    // Only me: never a reason, to anyone.
    expect(await reasonsFor(vi, 'Pip')).toEqual([]);
    // Councils: Pip's co-op shares a council with Vi's; Gus's (a visitor's) does not.
    await pip.data(SET, { input: { id: pips.interest!.id, visibility: 'COUNCILS' } });
    expect(await reasonsFor(vi, 'Pip')).toEqual(['You both support Stockport County FC']);
    expect(await reasonsFor(vi, 'Gus')).toEqual([]);
    // Everyone signed in: now Gus's shows too.
    await gus.data(SET, { input: { id: gusTeam.interest!.id, visibility: 'SIGNED_IN' } });
    expect(await reasonsFor(vi, 'Gus')).toEqual(['You both support Stockport County FC']);
    // Vi's own is private: Pip may not be told Vi supports them, however Pip's is set.
    expect(await reasonsFor(pip, 'Vi')).toEqual([]);
    // A short form meets the one long form it stands for.
    await add(vi, 'HOBBY', 'Sheffield Wednesday fan club', 'SIGNED_IN');
    await add(pip, 'HOBBY', 'Sheff Wed fan club', 'SIGNED_IN');
    expect(await reasonsFor(vi, 'Pip')).toContain('You both enjoy Sheffield Wednesday fan club');
    expect(await reasonsFor(pip, 'Vi')).toEqual(['You both enjoy Sheff Wed fan club']);
    // Someone else's private tag that the short form could also stand for changes nothing: it is
    // not theirs to reveal, even as the absence of a reason.
    const stranger = await person('StrangerFan');
    await add(stranger, 'HOBBY', 'Sheffield Wanderers fan club', 'ONLY_ME');
    expect(await reasonsFor(pip, 'Vi')).toEqual(['You both enjoy Sheff Wed fan club']);
  });

  it('put usefulness first: an open need of theirs your co-op was matched to', async () => {
    const need = await postNeed(pip, coopB.id, { title: 'Printed boxes for a new product' });
    await placeMatch(api.db, need.id, coopA.id);
    const ranked = await people(vi);
    expect(ranked[0]).toMatchObject({ displayName: 'Pip', usefulness: 1 });
    expect(ranked[0]!.reasons[0]).toBe(`${coopB.name} needs “Printed boxes for a new product”; ${coopA.name} could help`);
    expect((await people(pip))[0]!.reasons[0]).toBe(`${coopB.name} needs “Printed boxes for a new product”; ${coopA.name} could help`);
  });

  it('are for those who may come to the meeting only', async () => {
    const stranger = await person('Stranger');
    expect(await people(stranger)).toEqual([]);
    expect((await api.client().data(PEOPLE, { id: meetingId })).meeting.peopleToMeet).toEqual([]);
  });
});
