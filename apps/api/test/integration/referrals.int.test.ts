import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { addMember, verifyEmail } from './support/business';
import { postNeed } from './support/postings';
import {
  LEDGER,
  moveReferral,
  PASS_REFERRAL,
  passReferral,
  REFERRAL,
  referralInput,
  ANSWER_THANKS,
  THANK,
  thankConfirmed,
} from './support/referrals';
import { createCoop, signUp } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';
import type { TestClient } from './support/test-client';

/**
 * Referrals (issue 12): passing one (consent, warmth, who may pass what), every stage move legal
 * and illegal, who sees a referral, its prospect and its amounts, the 7-day reminder, ledger
 * figures against a hand-computed fixture, the kept totals against a full recount, and the CSV.
 */

let api: TestApi;
/** Giver's member, receiver's members, a member of a third co-op, and one not confirmed. */
let giver: TestClient;
let receiver: TestClient;
let receiver2: TestClient;
let third: TestClient;
let unverified: TestClient;
let giverCoop: { id: string; slug: string; name: string };
let receiverCoop: { id: string; slug: string; name: string };
let thirdCoop: { id: string; slug: string; name: string };
let receiverIds: string[];
let giverId: string;
let unverifiedId: string;

beforeAll(async () => {
  api = await startTestApi('postgres');
  const person = async (name: string, verified = true) => {
    const client = api.client();
    const user = await signUp(client, name);
    if (verified) await verifyEmail(api.db, user.id);
    return { client, user };
  };
  const g = await person('Giver');
  giver = g.client;
  giverId = g.user.id;
  giverCoop = await createCoop(giver, { name: 'Giving Accountants Co-op', placeName: 'Leeds' });
  const r = await person('Receiver');
  receiver = r.client;
  receiverCoop = await createCoop(receiver, { name: 'Receiving Printers Co-op', placeName: 'Bradford' });
  const r2 = await person('ReceiverTwo');
  receiver2 = r2.client;
  await addMember(api.db, r2.user.id, receiverCoop.id);
  receiverIds = [r.user.id, r2.user.id];
  const t = await person('Third');
  third = t.client;
  thirdCoop = await createCoop(third, { name: 'Third Bakery Co-op', placeName: 'York' });
  const u = await person('Unconfirmed', false);
  unverified = u.client;
  unverifiedId = u.user.id;
  await addMember(api.db, u.user.id, giverCoop.id);
}, 60_000);

afterAll(() => api.close());

async function pass(client: TestClient, input: Record<string, unknown>, key?: string) {
  const { passReferral: result } = await client.data(PASS_REFERRAL, { input, key });
  return result as { referral: { id: string; stage: string } | null; errors: { code: string; field: string | null; message: string }[] };
}

const referralCount = () => api.db.referral.count();

describe('passing a referral', () => {
  it('passes one with its consent time, warmth and history, and tells the receiver’s members', async () => {
    const before = new Date();
    const result = await pass(giver, referralInput(giverCoop.id, receiverCoop.id, { warmth: 4 }));
    expect(result.errors).toEqual([]);
    const { referral } = await giver.data(REFERRAL, { id: result.referral!.id });
    expect(referral).toMatchObject({ stage: 'PASSED', warmth: 4, kind: 'EXTERNAL', viewerSide: 'GIVER', viewerNextStages: ['WITHDRAWN'] });
    expect(new Date(referral.consentAt).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(referral.history).toEqual([expect.objectContaining({ stage: 'PASSED', fromStage: null, coop: { id: giverCoop.id }, by: 'Giver' })]);
    const notified = await api.db.notification.findMany({ where: { referralId: referral.id, kind: 'REFERRAL_RECEIVED' } });
    expect(notified.map((n) => n.userId).sort()).toEqual([...receiverIds].sort());
  });

  it('refuses without the prospect’s consent, explaining that a lead is not a referral, and writes nothing', async () => {
    const before = await referralCount();
    const result = await pass(giver, referralInput(giverCoop.id, receiverCoop.id, { prospectKnows: false }));
    expect(result.referral).toBeNull();
    expect(result.errors).toEqual([{ code: 'INVALID_INPUT', field: 'prospectKnows', message: expect.stringMatching(/lead, not a referral/) }]);
    expect(await referralCount()).toBe(before);
  });

  it.each([0, 6, -1])('refuses warmth %p with a message on the field', async (warmth) => {
    const result = await pass(giver, referralInput(giverCoop.id, receiverCoop.id, { warmth }));
    expect(result.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: 'warmth', message: expect.stringMatching(/1 to 5/) })]);
  });

  it.each([1, 5])('takes warmth %p', async (warmth) => {
    expect((await pass(giver, referralInput(giverCoop.id, receiverCoop.id, { warmth }))).errors).toEqual([]);
  });

  it('asks for a way to reach the prospect, and checks the address', async () => {
    const none = await pass(giver, referralInput(giverCoop.id, receiverCoop.id, { prospect: { name: 'Sam', email: null, phone: null } }));
    expect(none.errors).toEqual([expect.objectContaining({ field: 'prospect.email', message: expect.stringMatching(/email address or a phone/) })]);
    const bad = await pass(giver, referralInput(giverCoop.id, receiverCoop.id, { prospect: { name: 'Sam', email: 'not an address' } }));
    expect(bad.errors).toEqual([expect.objectContaining({ field: 'prospect.email' })]);
    const phoneOnly = await pass(giver, referralInput(giverCoop.id, receiverCoop.id, { prospect: { name: 'Sam', phone: '+44 113 496 0000' } }));
    expect(phoneOnly.errors).toEqual([]);
  });

  it('refuses a referral to the giver itself, from a co-op the person is not in, and to a co-op that does not exist', async () => {
    expect((await pass(giver, referralInput(giverCoop.id, giverCoop.id))).errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: 'toCoopId' })]);
    expect((await pass(third, referralInput(giverCoop.id, receiverCoop.id))).errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: 'fromCoopId' })]);
    expect((await pass(giver, referralInput(giverCoop.id, randomUUID()))).errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', field: 'toCoopId' })]);
    expect((await pass(unverified, referralInput(giverCoop.id, receiverCoop.id))).errors).toEqual([expect.objectContaining({ code: 'EMAIL_NOT_VERIFIED' })]);
  });

  it('refers a co-op to an open need: the need’s co-op is the prospect and is told, and the kind must fit', async () => {
    const need = await postNeed(third, thirdCoop.id, { title: 'Printing for our bakery menus' });
    const wrongKind = await pass(giver, referralInput(giverCoop.id, receiverCoop.id, { needId: need.id, kind: 'INTERNAL' }));
    expect(wrongKind.errors).toEqual([expect.objectContaining({ field: 'kind' })]);
    const toPoster = await pass(giver, referralInput(giverCoop.id, thirdCoop.id, { needId: need.id }));
    expect(toPoster.errors).toEqual([expect.objectContaining({ field: 'toCoopId' })]);
    const result = await pass(giver, referralInput(giverCoop.id, receiverCoop.id, { needId: need.id }));
    expect(result.errors).toEqual([]);
    const { referral } = await giver.data(REFERRAL, { id: result.referral!.id });
    expect(referral.need).toEqual({ id: need.id });
    expect(referral.prospect.coop).toEqual({ id: thirdCoop.id });
    const told = await api.db.notification.findMany({ where: { referralId: referral.id, kind: 'REFERRAL_FOR_NEED' } });
    expect(told).toHaveLength(1);
    expect(told[0]!.coopId).toBe(thirdCoop.id);
    // The need's co-op reads who was recommended, never the referral or its prospect.
    expect((await third.data(REFERRAL, { id: referral.id })).referral).toBeNull();
    const inbox = await third.data(`{ notifications(first: 5) { edges { node { kind summary referral { id } need { id } } } } }`);
    const item = inbox.notifications.edges.find((e: { node: { kind: string } }) => e.node.kind === 'REFERRAL_FOR_NEED').node;
    expect(item).toEqual({ kind: 'REFERRAL_FOR_NEED', summary: expect.stringContaining(receiverCoop.name), referral: null, need: { id: need.id } });

    // The need's co-op sees who was recommended on the need itself; nobody else does.
    const RECOMMENDATIONS = `query ($id: ID!) { need(id: $id) { recommendations { recommended { id } by { id } warmth at } } }`;
    expect((await third.data(RECOMMENDATIONS, { id: need.id })).need.recommendations).toEqual([
      { recommended: { id: receiverCoop.id }, by: { id: giverCoop.id }, warmth: 3, at: expect.any(String) },
    ]);
    expect((await giver.data(RECOMMENDATIONS, { id: need.id })).need.recommendations).toBeNull();
    // Once the recommended co-op declines, the recommendation is withdrawn from the need's page.
    await moveReferral(receiver, { referralId: referral.id, stage: 'DECLINED', reason: 'We are fully booked.' });
    expect((await third.data(RECOMMENDATIONS, { id: need.id })).need.recommendations).toEqual([]);
    const after = await third.data(`{ notifications(first: 5) { edges { node { kind summary } } } }`);
    expect(after.notifications.edges.find((e: { node: { kind: string } }) => e.node.kind === 'REFERRAL_FOR_NEED').node.summary).toContain(
      `(${receiverCoop.name} has since declined)`,
    );

    await api.db.need.update({ where: { id: need.id }, data: { status: 'WITHDRAWN', closedAt: new Date() } });
    const closed = await pass(giver, referralInput(giverCoop.id, receiverCoop.id, { needId: need.id }));
    expect(closed.errors).toEqual([expect.objectContaining({ field: 'needId' })]);
  });

  it('passes once per idempotency key, and refuses the key with other input', async () => {
    const key = randomUUID();
    const input = referralInput(giverCoop.id, receiverCoop.id, { what: 'One referral, sent twice by a flaky connection.' });
    const [first, second] = await Promise.all([pass(giver, input, key), pass(giver, input, key)]);
    expect(first.referral!.id).toBe(second.referral!.id);
    expect(await api.db.referral.count({ where: { what: input.what } })).toBe(1);
    const other = await pass(giver, { ...input, warmth: 5 }, key);
    expect(other.errors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: 'idempotencyKey' })]);
  });
});

/** The legal moves, written out by hand from the issue (not from the code under test). */
const RECEIVER_MOVES: Record<string, string[]> = {
  PASSED: ['ACCEPTED', 'DECLINED'],
  ACCEPTED: ['CONTACTED', 'MEETING_HELD', 'PROPOSAL_SENT', 'WON', 'LOST'],
  CONTACTED: ['MEETING_HELD', 'PROPOSAL_SENT', 'WON', 'LOST'],
  MEETING_HELD: ['PROPOSAL_SENT', 'WON', 'LOST'],
  PROPOSAL_SENT: ['WON', 'LOST'],
  DECLINED: [],
  WITHDRAWN: [],
  WON: [],
  LOST: [],
};
const GIVER_MOVES: Record<string, string[]> = { PASSED: ['WITHDRAWN'] };
const STAGES = Object.keys(RECEIVER_MOVES);
const TARGETS = STAGES.filter((s) => s !== 'PASSED');

/** What each move carries to be complete: a reason to decline or lose, a value to win. */
const carrying = (stage: string) => ({
  reason: ['DECLINED', 'LOST', 'WITHDRAWN'].includes(stage) ? 'The prospect went with someone else.' : null,
  value: stage === 'WON' ? { amount: 1200, currency: 'GBP' } : null,
});

/** A referral standing at `stage`, placed there directly (its totals follow by trigger). */
async function referralAt(stage: string): Promise<string> {
  const { id } = await passReferral(giver, referralInput(giverCoop.id, receiverCoop.id));
  if (stage !== 'PASSED') await api.db.referral.update({ where: { id }, data: { stage: stage as never } });
  return id;
}

describe('stage moves', () => {
  const cases = STAGES.flatMap((from) =>
    TARGETS.flatMap((to) => [
      { from, to, side: 'receiver' as const, legal: RECEIVER_MOVES[from]!.includes(to) },
      { from, to, side: 'giver' as const, legal: (GIVER_MOVES[from] ?? []).includes(to) },
    ]),
  );

  it.each(cases)('$side: $from → $to is legal: $legal', async ({ from, to, side, legal }) => {
    const id = await referralAt(from);
    const events = await api.db.referralEvent.count({ where: { referralId: id } });
    const result = await moveReferral(side === 'receiver' ? receiver : giver, { referralId: id, stage: to, ...carrying(to) });
    const after = await api.db.referral.findUniqueOrThrow({ where: { id } });
    if (legal) {
      expect(result.errors).toEqual([]);
      expect(after.stage).toBe(to);
      expect(await api.db.referralEvent.count({ where: { referralId: id } })).toBe(events + 1);
    } else {
      expect(result.referral).toBeNull();
      expect(result.errors).toEqual([expect.objectContaining({ code: expect.stringMatching(/^(INVALID_INPUT|FORBIDDEN)$/), field: 'stage' })]);
      expect(after.stage).toBe(from);
      expect(await api.db.referralEvent.count({ where: { referralId: id } })).toBe(events);
    }
  });

  it('takes a referral through every stage, timestamping each step and keeping the history in order', async () => {
    const { id } = await passReferral(giver, referralInput(giverCoop.id, receiverCoop.id));
    for (const stage of ['ACCEPTED', 'CONTACTED', 'MEETING_HELD', 'PROPOSAL_SENT']) {
      expect((await moveReferral(receiver, { referralId: id, stage })).errors).toEqual([]);
    }
    const won = await moveReferral(receiver2, { referralId: id, stage: 'WON', value: { amount: 2400, currency: 'gbp' } });
    expect(won.errors).toEqual([]);
    const { referral } = await giver.data(REFERRAL, { id });
    expect(referral.history.map((e: { stage: string }) => e.stage)).toEqual(['PASSED', 'ACCEPTED', 'CONTACTED', 'MEETING_HELD', 'PROPOSAL_SENT', 'WON']);
    expect(referral.history.map((e: { fromStage: string | null }) => e.fromStage)).toEqual([null, 'PASSED', 'ACCEPTED', 'CONTACTED', 'MEETING_HELD', 'PROPOSAL_SENT']);
    const times = referral.history.map((e: { at: string }) => new Date(e.at).getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(referral.wonValue).toEqual({ amount: 2400, currency: 'GBP' });
    expect(referral.firstContactedAt).toBe(referral.history[2].at);
    expect(referral.viewerNextStages).toEqual([]);
    // Winning is the receiver's thank-you, credited to the giver, who hears of it.
    const thanks = await api.db.businessThanks.findUniqueOrThrow({ where: { referralId: id } });
    expect(thanks).toMatchObject({ fromCoopId: receiverCoop.id, toCoopId: giverCoop.id, amount: 2400, currency: 'GBP' });
    expect(await api.db.notification.count({ where: { thanksId: thanks.id, userId: giverId, kind: 'THANKS_RECEIVED' } })).toBe(1);
  });

  it('tells both co-ops of every step, except the person who took it', async () => {
    const { id } = await passReferral(giver, referralInput(giverCoop.id, receiverCoop.id));
    await moveReferral(receiver, { referralId: id, stage: 'ACCEPTED' });
    const moved = await api.db.notification.findMany({ where: { referralId: id, kind: 'REFERRAL_MOVED', subjectKey: `referral:${id}/ACCEPTED` } });
    // The giver's two members and the receiver's other member; not the receiver who accepted.
    expect(moved.map((n) => n.userId).sort()).toEqual([giverId, unverifiedId, receiverIds[1]!].sort());
  });

  it('asks for a reason to decline or lose and for the value to win', async () => {
    const passed = await referralAt('PASSED');
    expect((await moveReferral(receiver, { referralId: passed, stage: 'DECLINED' })).errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    const accepted = await referralAt('ACCEPTED');
    expect((await moveReferral(receiver, { referralId: accepted, stage: 'LOST', reason: '  ' })).errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect((await moveReferral(receiver, { referralId: accepted, stage: 'WON' })).errors).toEqual([expect.objectContaining({ field: 'value' })]);
    expect((await moveReferral(receiver, { referralId: accepted, stage: 'WON', value: { amount: -5, currency: 'GBP' } })).errors).toEqual([
      expect.objectContaining({ field: 'value.amount' }),
    ]);
    expect((await moveReferral(receiver, { referralId: accepted, stage: 'WON', value: { amount: 5, currency: 'pounds' } })).errors).toEqual([
      expect.objectContaining({ field: 'value.currency' }),
    ]);
    expect((await api.db.referral.findUniqueOrThrow({ where: { id: accepted } })).stage).toBe('ACCEPTED');
  });

  it('refuses moves by people outside the two co-ops, and by visitors', async () => {
    const id = await referralAt('PASSED');
    expect((await moveReferral(third, { referralId: id, stage: 'ACCEPTED' })).errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect((await moveReferral(api.client(), { referralId: id, stage: 'ACCEPTED' })).errors).toEqual([expect.objectContaining({ code: 'UNAUTHENTICATED' })]);
  });

  it('lets only one of two answers given at once through', async () => {
    const id = await referralAt('PASSED');
    const results = await Promise.all([
      moveReferral(receiver, { referralId: id, stage: 'ACCEPTED' }),
      moveReferral(receiver2, { referralId: id, stage: 'DECLINED', reason: 'Too busy this month.' }),
    ]);
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(1);
    expect(await api.db.referralEvent.count({ where: { referralId: id } })).toBe(2);
  });

  it('keeps the history append-only in the database itself', async () => {
    const id = await referralAt('PASSED');
    await expect(api.db.referralEvent.updateMany({ where: { referralId: id }, data: { reason: 'rewritten' } })).rejects.toThrow(/append-only/);
  });
});

describe('who sees what', () => {
  let id: string;
  let thanksId: string;
  beforeAll(async () => {
    ({ id } = await passReferral(giver, referralInput(giverCoop.id, receiverCoop.id, { prospect: { name: 'Private Prospect', email: 'private@example.coop' } })));
    await moveReferral(receiver, { referralId: id, stage: 'ACCEPTED' });
    await moveReferral(receiver, { referralId: id, stage: 'WON', value: { amount: 777, currency: 'GBP' } });
    thanksId = (await api.db.businessThanks.findUniqueOrThrow({ where: { referralId: id } })).id;
  });

  const SEE = `query ($id: ID!) { referral(id: $id) { id prospect { email } wonValue { amount } } }`;

  it('shows the referral, its prospect and its amount to both co-ops’ members only', async () => {
    for (const client of [giver, receiver, receiver2]) {
      expect((await client.data(SEE, { id })).referral).toEqual({ id, prospect: { email: 'private@example.coop' }, wonValue: { amount: 777 } });
    }
    expect((await third.data(SEE, { id })).referral).toBeNull();
    expect((await api.client().data(SEE, { id })).referral).toBeNull();
  });

  it('hides the prospect from the receiver once it declined, and keeps it for the giver', async () => {
    const declined = await referralAt('PASSED');
    await moveReferral(receiver, { referralId: declined, stage: 'DECLINED', reason: 'Not our field.' });
    expect((await receiver.data(SEE, { id: declined })).referral.prospect).toBeNull();
    expect((await giver.data(SEE, { id: declined })).referral.prospect).toEqual({ email: 'sam@leeds-homes.example.coop' });
    const { referral } = await giver.data(`query ($id: ID!) { referral(id: $id) { closingReason history { stage reason } } }`, { id: declined });
    expect(referral.closingReason).toBe('Not our field.');
  });

  it('lists a co-op’s referrals and thanks to its members, and to nobody else', async () => {
    const LISTS = `query ($slug: String!) { coop(slug: $slug) {
      referralsGiven(first: 100) { edges { node { id } } } referralsReceived(first: 5) { edges { node { id } } }
      businessThanks(first: 100) { edges { node { id value { amount } } } } } }`;
    const mine = (await giver.data(LISTS, { slug: giverCoop.slug })).coop;
    expect(mine.referralsGiven.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);
    expect(mine.businessThanks.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(thanksId);
    for (const client of [third, receiver, api.client()]) {
      const theirs = (await client.data(LISTS, { slug: giverCoop.slug })).coop;
      expect(theirs).toEqual({ referralsGiven: null, referralsReceived: null, businessThanks: null });
    }
  });

  it('shows anyone a co-op’s totals, never a single referral’s figure', async () => {
    const ledger = (await api.client().data(LEDGER, { slug: giverCoop.slug })).coop.referralLedger;
    expect(ledger.valueGiven[0].currency).toBe('GBP');
    expect(ledger.valueGiven[0].amount).toBeGreaterThanOrEqual(777);
  });

  it('shows a thank-you in the inbox to the credited co-op only', async () => {
    const THANKS_ITEM = `{ notifications(first: 50) { edges { node { kind summary thanks { id value { amount } } } } } }`;
    const items = (await giver.data(THANKS_ITEM)).notifications.edges.map((e: { node: unknown }) => e.node);
    expect(items).toContainEqual({ kind: 'THANKS_RECEIVED', summary: expect.stringContaining('£777'), thanks: { id: thanksId, value: { amount: 777 } } });
    expect((await third.data(THANKS_ITEM)).notifications.edges.filter((e: { node: { kind: string } }) => e.node.kind === 'THANKS_RECEIVED')).toEqual([]);
  });

  it('serves the CSV to members only', async () => {
    const url = `${api.endpoint.replace(/\/graphql$/, '')}/exports/coops/${giverCoop.id}/referrals.csv`;
    const get = (client: TestClient | null) => fetch(url, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });
    expect((await get(null)).status).toBe(401);
    expect((await get(third)).status).toBe(403);
    expect((await get(receiver)).status).toBe(403);
    const ok = await get(giver);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/csv/);
  });
});

describe('one person acting for both sides, and people who left', () => {
  it('refuses a referral to a co-op the person also belongs to, and answers for the receiver only through a colleague', async () => {
    const both = api.client();
    const bothUser = await signUp(both, 'BothSides');
    await verifyEmail(api.db, bothUser.id);
    await addMember(api.db, bothUser.id, giverCoop.id);
    await addMember(api.db, bothUser.id, receiverCoop.id);
    expect((await pass(both, referralInput(giverCoop.id, receiverCoop.id))).errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: 'toCoopId' })]);
    // A referral passed by a colleague: someone in both co-ops may withdraw it, never accept it.
    const { id } = await passReferral(giver, referralInput(giverCoop.id, receiverCoop.id));
    expect((await both.data(REFERRAL, { id })).referral.viewerNextStages).toEqual(['WITHDRAWN']);
    expect((await moveReferral(both, { referralId: id, stage: 'ACCEPTED' })).errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', field: 'stage' })]);
    expect((await both.data(THANK, { input: { fromCoopId: giverCoop.id, toCoopId: receiverCoop.id, value: { amount: 5, currency: 'GBP' } } })).thankForBusiness.errors).toEqual([
      expect.objectContaining({ field: 'toCoopId' }),
    ]);
    await api.db.membership.deleteMany({ where: { userId: bothUser.id } });
  });

  it('answers a repeat of an old request without the referral once the person has left the co-op', async () => {
    const leaver = api.client();
    const leaverUser = await signUp(leaver, 'Leaver');
    await verifyEmail(api.db, leaverUser.id);
    await addMember(api.db, leaverUser.id, giverCoop.id);
    const key = randomUUID();
    const input = referralInput(giverCoop.id, receiverCoop.id, { what: 'Passed by someone who then left the co-op.' });
    expect((await pass(leaver, input, key)).errors).toEqual([]);
    await api.db.membership.deleteMany({ where: { userId: leaverUser.id } });
    const repeat = await pass(leaver, input, key);
    expect(repeat.referral).toBeNull();
    expect(repeat.errors).toEqual([expect.objectContaining({ field: 'idempotencyKey' })]);
  });

  it('keeps the prospect and moves from a member whose email address is not confirmed', async () => {
    const { id } = await passReferral(receiver, referralInput(receiverCoop.id, giverCoop.id));
    const seen = (await unverified.data(REFERRAL, { id })).referral;
    expect(seen.prospect).toBeNull();
    expect((await moveReferral(unverified, { referralId: id, stage: 'ACCEPTED' })).errors).toEqual([expect.objectContaining({ code: 'EMAIL_NOT_VERIFIED' })]);
  });

  it('writes no prospect into the inbox line once the referral was declined', async () => {
    const { id } = await passReferral(giver, referralInput(giverCoop.id, receiverCoop.id, { prospect: { name: 'Named Prospect', organisation: null, email: 'named@example.coop' } }));
    const line = async () => {
      const { notifications } = await receiver2.data(`{ notifications(first: 100) { edges { node { kind summary referral { id } } } } }`);
      return notifications.edges.map((e: { node: { kind: string; summary: string; referral: { id: string } | null } }) => e.node).find((n: { kind: string; referral: { id: string } | null }) => n.kind === 'REFERRAL_RECEIVED' && n.referral?.id === id).summary;
    };
    expect(await line()).toContain('Named Prospect');
    await moveReferral(receiver, { referralId: id, stage: 'DECLINED', reason: 'Not for us.' });
    expect(await line()).not.toContain('Named Prospect');
  });

  it('refuses made-up currencies and a stages filter longer than the stages there are', async () => {
    const made = await pass(giver, referralInput(giverCoop.id, receiverCoop.id, { estimatedValue: { amount: 5, currency: 'ZZZ' } }));
    expect(made.errors).toEqual([expect.objectContaining({ field: 'estimatedValue.currency' })]);
    const LIST = `query ($slug: String!, $stages: [ReferralStage!]) { coop(slug: $slug) { referralsGiven(first: 5, stages: $stages) { edges { node { id } } } } }`;
    const many = await giver.request(LIST, { slug: giverCoop.slug, stages: Array.from({ length: 40_000 }, () => 'WON') });
    // Duplicates collapse to one stage: allowed, and one query parameter.
    expect(many.errors).toBeUndefined();
    expect(many.data.coop.referralsGiven.edges.length).toBeGreaterThan(0);
  });
});

describe('direct thanks for business', () => {
  it('credits the other co-op and is refused for one’s own co-op or a co-op one is not in', async () => {
    const THANKS_INPUT = { fromCoopId: thirdCoop.id, toCoopId: giverCoop.id, value: { amount: 300, currency: 'EUR' }, note: 'Our AGM catering' };
    const { thankForBusiness } = await third.data(THANK, { input: THANKS_INPUT });
    expect(thankForBusiness.errors).toEqual([]);
    expect(thankForBusiness.thanks).toMatchObject({ value: { amount: 300, currency: 'EUR' }, from: { id: thirdCoop.id }, to: { id: giverCoop.id } });
    expect((await third.data(THANK, { input: { ...THANKS_INPUT, toCoopId: thirdCoop.id } })).thankForBusiness.errors).toEqual([
      expect.objectContaining({ field: 'toCoopId' }),
    ]);
    expect((await giver.data(THANK, { input: THANKS_INPUT })).thankForBusiness.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
  });

  it('counts a direct thank-you only once the credited co-op confirms it, and never a rejected one', async () => {
    const credited = async () => (await giver.data(LEDGER, { slug: giverCoop.slug })).coop.referralLedger.valueGiven.find((m: { currency: string }) => m.currency === 'CHF')?.amount ?? 0;
    const input = { fromCoopId: thirdCoop.id, toCoopId: giverCoop.id, value: { amount: 70, currency: 'CHF' } };
    const first = (await third.data(THANK, { input })).thankForBusiness.thanks;
    expect(first.status).toBe('PENDING');
    expect(await credited()).toBe(0);
    // The thanking co-op cannot confirm its own word; a member of the credited co-op can, once.
    expect((await third.data(ANSWER_THANKS, { input: { thanksId: first.id, confirm: true } })).answerThanks.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    const answered = (await giver.data(ANSWER_THANKS, { input: { thanksId: first.id, confirm: true } })).answerThanks;
    expect(answered).toEqual({ thanks: { id: first.id, status: 'CONFIRMED', viewerCanAnswer: false }, errors: [] });
    expect(await credited()).toBe(70);
    expect((await giver.data(ANSWER_THANKS, { input: { thanksId: first.id, confirm: false } })).answerThanks.errors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    const second = (await third.data(THANK, { input })).thankForBusiness.thanks;
    expect((await giver.data(ANSWER_THANKS, { input: { thanksId: second.id, confirm: false } })).answerThanks.thanks.status).toBe('REJECTED');
    expect(await credited()).toBe(70);
    await expect(api.db.businessThanks.update({ where: { id: second.id }, data: { status: 'CONFIRMED' } })).rejects.toThrow(/keeps its answer/);
  });

  it('is never answered by the person who wrote it, even after they change co-ops; and is never of nothing', async () => {
    const writer = api.client();
    const writerUser = await signUp(writer, 'Writer');
    await verifyEmail(api.db, writerUser.id);
    await addMember(api.db, writerUser.id, thirdCoop.id);
    const { thankForBusiness } = await writer.data(THANK, { input: { fromCoopId: thirdCoop.id, toCoopId: giverCoop.id, value: { amount: 31_337, currency: 'GBP' } } });
    // The writer moves from the thanking co-op to the credited one.
    await api.db.membership.deleteMany({ where: { userId: writerUser.id } });
    await addMember(api.db, writerUser.id, giverCoop.id);
    const LIST = `query ($slug: String!) { coop(slug: $slug) { businessThanks(first: 100) { edges { node { id viewerCanAnswer } } } } }`;
    const seen = (await writer.data(LIST, { slug: giverCoop.slug })).coop.businessThanks.edges.find((e: { node: { id: string } }) => e.node.id === thankForBusiness.thanks.id);
    expect(seen.node.viewerCanAnswer).toBe(false);
    expect((await writer.data(ANSWER_THANKS, { input: { thanksId: thankForBusiness.thanks.id, confirm: true } })).answerThanks.errors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);
    await api.db.membership.deleteMany({ where: { userId: writerUser.id } });
    const nothing = await third.data(THANK, { input: { fromCoopId: thirdCoop.id, toCoopId: giverCoop.id, value: { amount: 0, currency: 'GBP' } } });
    expect(nothing.thankForBusiness.errors).toEqual([expect.objectContaining({ field: 'value.amount' })]);
  });

  it('shows outsiders a monthly series only when no month of it, nor what came before, is a sum of one or two', async () => {
    const coop = await createCoop(third, { name: 'Series Co-op', placeName: 'Selby' });
    const write = (amount: number, createdAt: Date) =>
      api.db.businessThanks.create({ data: { fromCoopId: coop.id, toCoopId: receiverCoop.id, amount, currency: 'NOK', createdAt } });
    for (const amount of [1000, 1001, 1002, 1003]) await write(amount, new Date());
    const LEDGER_NOK = `query ($slug: String!) { coop(slug: $slug) { referralLedger { valueReceived { amount currency } months { valueReceived { amount currency } } } } }`;
    const nok = (ledger: { valueReceived: { amount: number; currency: string }[] }) => ledger.valueReceived.find((m) => m.currency === 'NOK');
    let outside = (await api.client().data(LEDGER_NOK, { slug: coop.slug })).coop.referralLedger;
    expect(nok(outside)).toEqual({ amount: 4006, currency: 'NOK' });
    expect(nok(outside.months.at(-1))).toEqual({ amount: 4006, currency: 'NOK' });
    // One more, two years ago: the total less the months would give its amount, so the months go.
    await write(555, new Date(Date.now() - 2 * 365 * 86_400_000));
    outside = (await api.client().data(LEDGER_NOK, { slug: coop.slug })).coop.referralLedger;
    expect(nok(outside)).toEqual({ amount: 4561, currency: 'NOK' });
    expect(outside.months.every((m: { valueReceived: { amount: number; currency: string }[] }) => !nok(m))).toBe(true);
    // The co-op's own members see every figure.
    const own = (await third.data(LEDGER_NOK, { slug: coop.slug })).coop.referralLedger;
    expect(nok(own.months.at(-1))).toEqual({ amount: 4006, currency: 'NOK' });
  });
});

describe('reminders', () => {
  it('reminds the receiver once about a referral left waiting 7 days, and nobody about one acted on', async () => {
    const waiting = await referralAt('PASSED');
    const acted = await referralAt('CONTACTED');
    const fresh = await referralAt('PASSED');
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    await api.db.referral.updateMany({ where: { id: { in: [waiting, acted] } }, data: { stageChangedAt: eightDaysAgo } });
    await api.services.referralReminders.sendDue();
    await api.services.referralReminders.sendDue();
    const reminders = await api.db.notification.findMany({ where: { kind: 'REFERRAL_REMINDER', referralId: { in: [waiting, acted, fresh] } } });
    expect(reminders.map((n) => [n.referralId, n.userId]).sort()).toEqual(receiverIds.map((u) => [waiting, u]).sort());
    // A week later still: reminded once is once.
    await api.services.referralReminders.sendDue(new Date(Date.now() + 7 * 86_400_000));
    expect(await api.db.notification.count({ where: { kind: 'REFERRAL_REMINDER', referralId: waiting } })).toBe(2);
  });
});

describe('the digest', () => {
  it('mails referral steps and thanks with links to the referral, once', async () => {
    const { id } = await passReferral(giver, referralInput(giverCoop.id, receiverCoop.id));
    await moveReferral(receiver, { referralId: id, stage: 'ACCEPTED' });
    await api.services.digests.sendDue();
    const toReceiver2 = api.services.mailer.captured.filter((m) => m.to.startsWith('receivertwo')).at(-1)!;
    expect(toReceiver2.text).toContain(`${giverCoop.name} passed ${receiverCoop.name} a referral; accept or decline it: http://localhost:3000/referrals/${id}`);
    expect(toReceiver2.text).toContain(`Referral from ${giverCoop.name} to ${receiverCoop.name}: accepted: http://localhost:3000/referrals/${id}`);
    const sent = api.services.mailer.captured.length;
    await api.services.digests.sendDue(new Date(Date.now() + 2 * 86_400_000));
    expect(api.services.mailer.captured.slice(sent).filter((m) => m.text.includes(`/referrals/${id}`))).toEqual([]);
  });

  it('says who thanked whom the right way round, and mails nothing to someone who left the co-op', async () => {
    const { id } = await passReferral(giver, referralInput(giverCoop.id, receiverCoop.id));
    await moveReferral(receiver, { referralId: id, stage: 'ACCEPTED' });
    await moveReferral(receiver, { referralId: id, stage: 'WON', value: { amount: 4321, currency: 'GBP' } });
    const leaver = await api.db.user.create({
      data: { email: `left.${randomUUID()}@example.coop`, displayName: 'Left', passwordHash: 'not-a-hash', emailVerifiedAt: new Date() },
    });
    await addMember(api.db, leaver.id, receiverCoop.id);
    const later = await passReferral(giver, referralInput(giverCoop.id, receiverCoop.id));
    await api.db.membership.deleteMany({ where: { userId: leaver.id } });
    const when = new Date(Date.now() + 4 * 86_400_000);
    await api.services.digests.sendDue(when);
    const toGiver = api.services.mailer.captured.filter((m) => m.to.startsWith('giver.')).at(-1)!;
    expect(toGiver.text).toContain(`${receiverCoop.name} thanked ${giverCoop.name} for 4321 GBP of business: http://localhost:3000/coops/${giverCoop.slug}/referrals?tab=thanks`);
    expect(api.services.mailer.captured.filter((m) => m.to === leaver.email)).toEqual([]);
    expect(await api.db.notification.count({ where: { userId: leaver.id, referralId: later.id } })).toBe(1);
  });
});

describe('a co-op’s ledger', () => {
  it('matches figures worked out by hand', async () => {
    // Two new co-ops, so that nothing above counts: X gives six and receives two.
    const x = api.client();
    const xUser = await signUp(x, 'LedgerX');
    await verifyEmail(api.db, xUser.id);
    const xCoop = await createCoop(x, { name: 'Ledger X Co-op', placeName: 'Hull' });
    const y = api.client();
    const yUser = await signUp(y, 'LedgerY');
    await verifyEmail(api.db, yUser.id);
    const yCoop = await createCoop(y, { name: 'Ledger Y Co-op', placeName: 'Wakefield' });
    const given = async (stages: string[], value?: { amount: number; currency: string }) => {
      const { id } = await passReferral(x, referralInput(xCoop.id, yCoop.id));
      for (const stage of stages) {
        const r = await moveReferral(y, { referralId: id, stage, ...(stage === 'WON' ? { value } : {}), ...(['DECLINED', 'LOST'].includes(stage) ? { reason: 'No.' } : {}) });
        expect(r.errors).toEqual([]);
      }
      return id;
    };
    await given([]); // open
    await given(['ACCEPTED']); // open
    const won = await given(['ACCEPTED', 'CONTACTED', 'WON'], { amount: 2400, currency: 'GBP' });
    const lost = await given(['ACCEPTED', 'CONTACTED', 'LOST']);
    await given(['DECLINED']);
    const withdrawn = (await passReferral(x, referralInput(xCoop.id, yCoop.id))).id;
    expect((await moveReferral(x, { referralId: withdrawn, stage: 'WITHDRAWN' })).errors).toEqual([]);
    const meeting = await given(['ACCEPTED', 'MEETING_HELD']);
    // First contacts 2, 5 and 9 whole days after passing (set directly; the triggers keep the median's counts).
    for (const [id, days] of [[won, 2], [lost, 5], [meeting, 9.5]] as const) {
      const r = await api.db.referral.findUniqueOrThrow({ where: { id } });
      await api.db.referral.update({ where: { id }, data: { firstContactedAt: new Date(r.createdAt.getTime() + days * 86_400_000) } });
    }
    // Y passes X two: one won in euros, one open.
    const back = (await passReferral(y, referralInput(yCoop.id, xCoop.id))).id;
    await moveReferral(x, { referralId: back, stage: 'ACCEPTED' });
    await moveReferral(x, { referralId: back, stage: 'WON', value: { amount: 500, currency: 'EUR' } });
    await passReferral(y, referralInput(yCoop.id, xCoop.id));
    // And Y thanks X directly for £100 more.
    await thankConfirmed(y, x, { fromCoopId: yCoop.id, toCoopId: xCoop.id, value: { amount: 100, currency: 'GBP' } });
    // A thank-you X has not confirmed counts nowhere.
    expect((await y.data(THANK, { input: { fromCoopId: yCoop.id, toCoopId: xCoop.id, value: { amount: 99_999, currency: 'GBP' } } })).thankForBusiness.errors).toEqual([]);

    const ledger = (await x.data(LEDGER, { slug: xCoop.slug })).coop.referralLedger;
    expect(ledger.given).toEqual({
      total: 7,
      open: 3, // passed, accepted, meeting held
      won: 1,
      lost: 1,
      declined: 1,
      withdrawn: 1,
      conversionRate: 1 / 3, // won of won + lost + declined
      medianDaysToFirstContact: 5, // of 2, 5 and 9
    });
    expect(ledger.received).toEqual({ total: 2, open: 1, won: 1, lost: 0, declined: 0, withdrawn: 0, conversionRate: 1, medianDaysToFirstContact: 0 });
    expect(ledger.valueGiven).toEqual([{ amount: 2500, currency: 'GBP' }]);
    expect(ledger.valueReceived).toEqual([{ amount: 500, currency: 'EUR' }]);
    expect(ledger.months).toHaveLength(12);
    const thisMonth = ledger.months.at(-1);
    expect(thisMonth).toEqual({
      month: `${new Date().toISOString().slice(0, 7)}-01`,
      given: 7,
      received: 2,
      valueGiven: [{ amount: 2500, currency: 'GBP' }],
      valueReceived: [{ amount: 500, currency: 'EUR' }],
    });
    expect(ledger.months.slice(0, 11).every((m: { given: number; received: number }) => m.given === 0 && m.received === 0)).toBe(true);
    // Anyone else sees the same counts, and no sum of fewer than three thank-yous (a sum of one
    // or two gives a thank-you's amount away): here two in pounds, one in euros.
    const outside = (await api.client().data(LEDGER, { slug: xCoop.slug })).coop.referralLedger;
    expect(outside.given).toEqual(ledger.given);
    expect(outside.valueGiven).toEqual([]);
    expect(outside.valueReceived).toEqual([]);
    expect(outside.months.at(-1)).toMatchObject({ given: 7, received: 2, valueGiven: [], valueReceived: [] });
    await thankConfirmed(y, x, { fromCoopId: yCoop.id, toCoopId: xCoop.id, value: { amount: 50, currency: 'GBP' } });
    const third = (await api.client().data(LEDGER, { slug: xCoop.slug })).coop.referralLedger;
    expect(third.valueGiven).toEqual([{ amount: 2550, currency: 'GBP' }]);

    // Y's view of the same: the mirror image.
    const yLedger = (await y.data(LEDGER, { slug: yCoop.slug })).coop.referralLedger;
    expect(yLedger.received).toMatchObject({ total: 7, won: 1, lost: 1, declined: 1, withdrawn: 1, open: 3 });
    expect(yLedger.valueReceived).toEqual([{ amount: 2550, currency: 'GBP' }]);
  });

  it('lists the most active givers this year among co-ops that chose to be listed', async () => {
    const NETWORK = `{ referralNetwork { passed won passedThisYear valueThisYear { amount currency } months { month passed won } topGivers(first: 5) { coop { id } given } } }`;
    expect((await api.client().data(NETWORK)).referralNetwork.topGivers).toEqual([]);
    const { listAsGiver } = await giver.data(`mutation ($input: ListAsGiverInput!) { listAsGiver(input: $input) { coop { listedAsGiver } errors { code } } }`, {
      input: { coopId: giverCoop.id, listed: true },
    });
    expect(listAsGiver).toEqual({ coop: { listedAsGiver: true }, errors: [] });
    const network = (await api.client().data(NETWORK)).referralNetwork;
    // Declined and withdrawn referrals are not counted as given.
    const givenThisYear = await api.db.referral.count({ where: { fromCoopId: giverCoop.id, stage: { notIn: ['DECLINED', 'WITHDRAWN'] } } });
    expect(givenThisYear).toBeLessThan(await api.db.referral.count({ where: { fromCoopId: giverCoop.id } }));
    expect(network.topGivers).toEqual([{ coop: { id: giverCoop.id }, given: givenThisYear }]);
    expect(network.passed).toBe(await api.db.referral.count());
    expect(network.won).toBe(await api.db.referral.count({ where: { stage: 'WON' } }));
    expect(network.months.at(-1).passed).toBe(network.passed);
  });
});

describe('kept totals', () => {
  it('agree with a full recount after everything above, concurrent passes and moves included', async () => {
    const ids = await Promise.all(Array.from({ length: 8 }, () => passReferral(giver, referralInput(giverCoop.id, receiverCoop.id)).then((r) => r.id)));
    await Promise.all(ids.map((id, i) => moveReferral(i % 2 ? receiver : receiver2, { referralId: id, stage: i % 3 ? 'ACCEPTED' : 'DECLINED', reason: 'Full.' })));
    await Promise.all(ids.map((id) => moveReferral(receiver, { referralId: id, stage: 'WON', value: { amount: 10, currency: 'GBP' } })));
    const differences = await api.db.$queryRaw<unknown[]>`
      (SELECT 'recount' AS only_in, * FROM referral_totals_recount() EXCEPT SELECT 'recount', * FROM referral_totals_kept())
      UNION ALL
      (SELECT 'kept', * FROM referral_totals_kept() EXCEPT SELECT 'kept', * FROM referral_totals_recount())`;
    expect(differences).toEqual([]);
    // Not vacuous: the recount sees every referral.
    const n = (await api.db.$queryRaw<{ n: bigint }[]>`SELECT sum(count)::bigint AS n FROM referral_totals_recount() WHERE tbl = 'network_referral_tallies'`)[0]!.n;
    expect(Number(n)).toBe(await api.db.referral.count());
  });
});

describe('the CSV export', () => {
  it('writes every referral with its prospect, neutralising cells a spreadsheet would run as formulas', async () => {
    const hostile = await passReferral(
      giver,
      referralInput(giverCoop.id, receiverCoop.id, {
        what: '=HYPERLINK("http://evil.example","click me"), then more',
        prospect: { name: '+44 is not a number here', organisation: '@SUM(A1:A9)', email: 'minus@example.coop', phone: null },
        note: 'Line one\nline two, with "quotes"',
      }),
    );
    await moveReferral(receiver, { referralId: hostile.id, stage: 'DECLINED', reason: '-1 for this one' });
    const url = `${api.endpoint.replace(/\/graphql$/, '')}/exports/coops/${giverCoop.id}/referrals.csv?side=given`;
    const response = await fetch(url, { headers: { cookie: giver.sessionCookie! } });
    const text = await response.text();
    expect(response.headers.get('content-disposition')).toContain(`${giverCoop.slug}-referrals.csv`);
    const rows: Record<string, string>[] = parse(text.replace(/^\uFEFF/, ''), { columns: true });
    expect(rows).toHaveLength(await api.db.referral.count({ where: { fromCoopId: giverCoop.id } }));
    const row = rows.find((r) => r.referral_id === hostile.id)!;
    expect(row).toMatchObject({
      direction: 'given',
      other_coop: receiverCoop.name,
      kind: 'external',
      stage: 'declined',
      what: `'=HYPERLINK("http://evil.example","click me"), then more`,
      prospect_name: `'+44 is not a number here`,
      prospect_organisation: `'@SUM(A1:A9)`,
      prospect_email: 'minus@example.coop',
      closing_reason: `'-1 for this one`,
      warmth: '3',
      estimated_value: '1500',
      estimated_currency: 'GBP',
    });
    // No cell of the file starts a formula.
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // The receiver's file leaves out the prospect of a referral it declined.
    const theirs = await fetch(url.replace(giverCoop.id, receiverCoop.id).replace('side=given', 'side=received'), { headers: { cookie: receiver.sessionCookie! } });
    const received: Record<string, string>[] = parse((await theirs.text()).replace(/^\uFEFF/, ''), { columns: true });
    expect(received.find((r) => r.referral_id === hostile.id)).toMatchObject({ direction: 'received', prospect_name: '', prospect_email: '' });
  });
});
