import { randomUUID } from 'node:crypto';
import { INTRODUCE, placeMatch, rowCounts, verifyEmail } from './support/business';
import { needInput, offerInput } from './support/postings';
import { createCoop, ERRORS, signUp, validCoopInput } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';
import type { TestClient } from './support/test-client';

/**
 * Idempotent creates (issue 11): postNeed, postOffer and introduce with an idempotencyKey. A
 * repeat returns the first result and writes nothing; other arguments under the same key are a
 * conflict; concurrent repeats create one row.
 */

const POST_NEED = `mutation ($coopId: ID!, $input: NeedInput!, $key: String) {
  postNeed(coopId: $coopId, input: $input, idempotencyKey: $key) { need { id title } ${ERRORS} }
}`;
const POST_OFFER = `mutation ($coopId: ID!, $input: OfferInput!, $key: String) {
  postOffer(coopId: $coopId, input: $input, idempotencyKey: $key) { offer { id title } ${ERRORS} }
}`;

let api: TestApi;
let seeker: TestClient;
let printer: TestClient;
let seekerCoop: { id: string };
let printerCoop: { id: string };

beforeAll(async () => {
  api = await startTestApi('postgres');
  seeker = api.client();
  await verifyEmail(api.db, (await signUp(seeker, 'Seeker')).id);
  seekerCoop = await createCoop(seeker, { name: 'Leeds Housing Co-op', categoryCodes: ['68'] });
  printer = api.client();
  await verifyEmail(api.db, (await signUp(printer, 'Printer')).id);
  printerCoop = await createCoop(printer, { name: 'Calder Print', placeName: 'Bradford' });
}, 60_000);

afterAll(() => api.close());

const postNeed = async (client: TestClient, key: string | null, input = needInput(), coopId = seekerCoop.id) =>
  (await client.data(POST_NEED, { coopId, input, key })).postNeed as {
    need: { id: string; title: string } | null;
    errors: { code: string; field: string | null; message: string }[];
  };

describe('postNeed with an idempotency key', () => {
  it('answers a repeat with the first need and writes nothing', async () => {
    const key = randomUUID();
    const input = needInput();
    const first = await postNeed(seeker, key, input);
    expect(first.errors).toEqual([]);
    const before = await rowCounts(api.db);
    const [jobsBefore] = await api.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs`;
    const repeat = await postNeed(seeker, key, input);
    expect(repeat).toEqual(first);
    expect(await rowCounts(api.db)).toEqual(before);
    const [jobsAfter] = await api.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs`;
    expect(jobsAfter).toEqual(jobsBefore);
    expect(await api.db.idempotencyKey.findMany({ where: { key } })).toMatchObject([{ operation: 'postNeed', resultId: first.need!.id }]);
  });

  it('refuses the same key with other arguments, or for another mutation, writing nothing', async () => {
    const key = randomUUID();
    await postNeed(seeker, key);
    const before = await rowCounts(api.db);
    const other = await postNeed(seeker, key, needInput({ title: 'Something else entirely' }));
    expect(other).toMatchObject({ need: null, errors: [{ code: 'CONFLICT', field: 'idempotencyKey' }] });
    const offer = (await seeker.data(POST_OFFER, { coopId: seekerCoop.id, input: offerInput(), key })).postOffer;
    expect(offer).toMatchObject({ offer: null, errors: [{ code: 'CONFLICT', field: 'idempotencyKey' }] });
    expect(await rowCounts(api.db)).toEqual(before);
  });

  it('creates exactly one need from concurrent requests with one key', async () => {
    const key = randomUUID();
    const input = needInput({ title: 'Sent five times at once' });
    const before = await rowCounts(api.db);
    const answers = await Promise.all(Array.from({ length: 5 }, () => postNeed(seeker, key, input)));
    expect(answers.every((a) => a.errors.length === 0)).toBe(true);
    expect(new Set(answers.map((a) => a.need!.id)).size).toBe(1);
    const after = await rowCounts(api.db);
    expect(after.needs).toBe(before.needs + 1);
    expect(after.idempotencyKeys).toBe(before.idempotencyKeys + 1);
    expect(await api.db.need.count({ where: { title: 'Sent five times at once' } })).toBe(1);
  });

  it('refuses keys that are empty, too long or not printable, writing nothing', async () => {
    const before = await rowCounts(api.db);
    for (const key of ['', 'x'.repeat(101), 'line\nbreak', 'tab\there', 'caf\u00e9']) {
      const answer = await postNeed(seeker, key);
      expect(answer).toMatchObject({ need: null, errors: [{ code: 'INVALID_INPUT', field: 'idempotencyKey' }] });
    }
    expect(await rowCounts(api.db)).toEqual(before);
    expect((await postNeed(seeker, 'k'.repeat(100))).errors).toEqual([]);
  });

  it('keeps nothing of a refused create, so the key can be used once the input is put right', async () => {
    const key = randomUUID();
    const before = await rowCounts(api.db);
    const refused = await postNeed(seeker, key, needInput({ title: 'x' }));
    expect(refused.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'title' });
    expect(await rowCounts(api.db)).toEqual(before);
    expect((await postNeed(seeker, key, needInput({ title: 'Put right this time' }))).need?.title).toBe('Put right this time');
  });

  it('scopes keys to the person: the same key from someone else is theirs', async () => {
    const key = randomUUID();
    const mine = await postNeed(seeker, key);
    const theirs = await postNeed(printer, key, needInput(), printerCoop.id);
    expect(theirs.errors).toEqual([]);
    expect(theirs.need!.id).not.toBe(mine.need!.id);
  });

  it('checks who is asking before the key: a non-member gets FORBIDDEN, not the member’s need', async () => {
    const key = randomUUID();
    await postNeed(seeker, key);
    const before = await rowCounts(api.db);
    expect((await postNeed(printer, key)).errors).toMatchObject([{ code: 'FORBIDDEN' }]);
    expect((await postNeed(api.client(), key)).errors).toMatchObject([{ code: 'UNAUTHENTICATED' }]);
    expect(await rowCounts(api.db)).toEqual(before);
  });
});

describe('postOffer and introduce with an idempotency key', () => {
  it('answers a repeated offer with the first one', async () => {
    const key = randomUUID();
    const input = offerInput();
    const post = async () => (await printer.data(POST_OFFER, { coopId: printerCoop.id, input, key })).postOffer;
    const first = await post();
    expect(first.errors).toEqual([]);
    const before = await rowCounts(api.db);
    const answers = await Promise.all([post(), post(), post()]);
    for (const answer of answers) expect(answer).toEqual(first);
    expect(await rowCounts(api.db)).toEqual(before);
  });

  it('answers a repeated introduction with the first one instead of a conflict', async () => {
    const need = (await postNeed(seeker, null)).need!;
    const match = await placeMatch(api.db, need.id, printerCoop.id);
    const key = randomUUID();
    const send = async () =>
      (await printer.data(INTRODUCE, { input: { matchId: match.id, message: 'We would like to quote for this.' }, key })).introduce;
    const first = await send();
    expect(first.errors).toEqual([]);
    const before = await rowCounts(api.db);
    expect(await send()).toEqual(first);
    expect(await rowCounts(api.db)).toEqual(before);
    // Without the key, a second introduction is the business rule's conflict.
    const unkeyed = (await printer.data(INTRODUCE, { input: { matchId: match.id, message: 'We would like to quote for this.' } })).introduce;
    expect(unkeyed.errors[0].code).toBe('CONFLICT');
  });

  it('creates one introduction from concurrent requests with one key, all answered with it', async () => {
    const need = (await postNeed(seeker, null, needInput({ title: 'Concurrent introductions' }))).need!;
    const match = await placeMatch(api.db, need.id, printerCoop.id);
    const key = randomUUID();
    const before = await rowCounts(api.db);
    const answers = await Promise.all(
      Array.from({ length: 5 }, async () => (await printer.data(INTRODUCE, { input: { matchId: match.id, message: 'Hello from the print shop.' }, key })).introduce),
    );
    expect(answers.every((a) => a.errors.length === 0)).toBe(true);
    expect(new Set(answers.map((a) => a.introduction.id)).size).toBe(1);
    const after = await rowCounts(api.db);
    expect(after.introductions).toBe(before.introductions + 1);
    expect(after.notifications).toBe(before.notifications + 1);
  });
});

describe('idempotent co-ops and invitations', () => {
  const CREATE_COOP = `mutation ($input: CoopInput!, $key: String) { createCoop(input: $input, idempotencyKey: $key) { coop { id slug } ${ERRORS} } }`;
  const INVITE = `mutation ($coopId: ID!, $key: String) {
    createInvitation(input: { coopId: $coopId, role: MEMBER }, idempotencyKey: $key) { invitation { id } token ${ERRORS} } }`;

  it('creates a co-op once for a repeated key, even when the repeats race', async () => {
    const key = randomUUID();
    const input = validCoopInput({ name: 'Twice Sent Co-op' });
    const answers = await Promise.all(Array.from({ length: 4 }, () => seeker.data(CREATE_COOP, { input, key })));
    const ids = new Set(answers.map((a) => a.createCoop.coop?.id));
    expect(answers.every((a) => a.createCoop.errors.length === 0)).toBe(true);
    expect(ids.size).toBe(1);
    expect(await api.db.coop.count({ where: { name: 'Twice Sent Co-op' } })).toBe(1);
    const other = await seeker.data(CREATE_COOP, { input: { ...input, name: 'Another Name Co-op' }, key });
    expect(other.createCoop).toMatchObject({ coop: null, errors: [{ code: 'CONFLICT', field: 'idempotencyKey' }] });
  });

  it('answers a repeated invitation with the first one, without its token (only a hash is kept)', async () => {
    const key = randomUUID();
    const first = await seeker.data(INVITE, { coopId: seekerCoop.id, key });
    expect(first.createInvitation.token).toMatch(/^[\w-]{20,}$/);
    const again = await seeker.data(INVITE, { coopId: seekerCoop.id, key });
    expect(again.createInvitation).toEqual({ invitation: { id: first.createInvitation.invitation.id }, token: null, errors: [] });
    expect(await api.db.invitation.count({ where: { coopId: seekerCoop.id } })).toBe(1);
  });
});
