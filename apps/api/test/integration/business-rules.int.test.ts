import { randomUUID } from 'node:crypto';
import { reciprocityFit } from '@principle-six/matching';
import { loadPairSignals, pairKey } from '../../src/modules/matching/signals';
import {
  addMember,
  CONFIRM_FULFILMENT,
  INTRODUCE,
  placeMatch,
  REJECT_FULFILMENT,
  rowCounts,
  verifyEmail,
} from './support/business';
import { CLOSE_NEED, postNeed, postOffer } from './support/postings';
import { createCoop, signUp } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';
import type { TestClient } from './support/test-client';

/**
 * The rules that keep the ranking honest (issue 11): one introduction per need from one co-op
 * to another, past dealings counted once per relationship, "fulfilled by" as a claim the named
 * co-op answers, and the same visibility for need(id) and offer(id) as for the lists. Every
 * refusal is checked to have written nothing.
 */

let api: TestApi;
let seeker: TestClient;
let printer: TestClient;
let printer2: TestClient;
let outsider: TestClient;
let unverified: TestClient;
let seekerCoop: { id: string; name: string };
let printerCoop: { id: string; name: string };

const MESSAGE = 'We print annual reports on recycled paper; shall we talk?';

beforeAll(async () => {
  // No job worker: matches are placed directly, so each test knows exactly which exist.
  api = await startTestApi('postgres');
  const person = async (name: string, verified = true) => {
    const client = api.client();
    const user = await signUp(client, name);
    if (verified) await verifyEmail(api.db, user.id);
    return { client, user };
  };
  ({ client: seeker } = await person('Seeker'));
  seekerCoop = await createCoop(seeker, { name: 'Leeds Housing Co-op', categoryCodes: ['68'], provides: 'Affordable homes run by their tenants.' });
  ({ client: printer } = await person('Printer'));
  printerCoop = await createCoop(printer, { name: 'Calder Print', placeName: 'Bradford' });
  const second = await person('PrinterTwo');
  printer2 = second.client;
  await addMember(api.db, second.user.id, printerCoop.id);
  const lazy = await person('Lazy', false);
  unverified = lazy.client;
  await addMember(api.db, lazy.user.id, printerCoop.id);
  ({ client: outsider } = await person('Outsider'));
}, 60_000);

afterAll(() => api.close());

async function introduce(client: TestClient, matchId: string, key?: string) {
  return (await client.data(INTRODUCE, { input: { matchId, message: MESSAGE }, key })).introduce as {
    introduction: { id: string; from: { id: string }; to: { id: string } } | null;
    errors: { code: string; field: string | null; message: string }[];
  };
}

describe('one introduction per need from one co-op to another', () => {
  it('refuses a second introduction through the same or another match, writing nothing', async () => {
    const need = await postNeed(seeker, seekerCoop.id);
    const [o1, o2] = [await postOffer(printer, printerCoop.id), await postOffer(printer, printerCoop.id, { title: 'Binding and finishing' })];
    const m1 = await placeMatch(api.db, need.id, printerCoop.id, o1.id);
    const m2 = await placeMatch(api.db, need.id, printerCoop.id, o2.id);

    const first = await introduce(printer, m1.id);
    expect(first.errors).toEqual([]);
    expect(first.introduction).toMatchObject({ from: { id: printerCoop.id }, to: { id: seekerCoop.id } });

    const before = await rowCounts(api.db);
    const expected = {
      code: 'CONFLICT',
      field: null,
      message: 'You have already introduced Calder Print to Leeds Housing Co-op about this need.',
    };
    expect(await introduce(printer, m1.id)).toEqual({ introduction: null, errors: [expected] });
    // Another member of the same co-op, through the other match: still the same co-op and need.
    expect(await introduce(printer2, m2.id)).toEqual({ introduction: null, errors: [expected] });
    expect(await rowCounts(api.db)).toEqual(before);

    // The other direction is another introduction: the need's co-op writing to the provider.
    expect((await introduce(seeker, m2.id)).introduction).toMatchObject({ from: { id: seekerCoop.id }, to: { id: printerCoop.id } });
  });

  it('keeps concurrent sends to one: one introduction, one inbox item each, one digest line', async () => {
    const need = await postNeed(seeker, seekerCoop.id, { title: 'Leaflets for the rent campaign' });
    const match = await placeMatch(api.db, need.id, printerCoop.id);
    const before = await rowCounts(api.db);
    const answers = await Promise.all(Array.from({ length: 5 }, () => introduce(printer, match.id)));
    expect(answers.filter((a) => a.introduction !== null)).toHaveLength(1);
    expect(answers.filter((a) => a.errors[0]?.code === 'CONFLICT')).toHaveLength(4);
    const after = await rowCounts(api.db);
    expect(after.introductions).toBe(before.introductions + 1);
    // The seeker's co-op has one member: one item.
    expect(after.notifications).toBe(before.notifications + 1);

    const seekerItems = await api.db.notification.findMany({ where: { needId: need.id, kind: 'INTRODUCTION' } });
    expect(seekerItems).toHaveLength(1);
    await api.services.digests.sendDue();
    const mail = api.services.mailer.captured.filter((m) => m.text.includes(`/needs/${need.id}`));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text.split('\n').filter((l) => l.includes('introduced itself') && l.includes(need.id))).toHaveLength(1);
  });

  it('refuses an introduction about a need that has expired, writing nothing', async () => {
    const need = await postNeed(seeker, seekerCoop.id, { title: 'Posters that ran out' });
    const match = await placeMatch(api.db, need.id, printerCoop.id);
    await api.db.need.update({ where: { id: need.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await rowCounts(api.db);
    const answer = await introduce(printer, match.id);
    expect(answer.errors).toEqual([{ code: 'INVALID_INPUT', field: null, message: 'This need has closed; the co-op is no longer looking.' }]);
    expect(await rowCounts(api.db)).toEqual(before);
  });

  it('asks for a confirmed email address first, and keeps other co-ops out, writing nothing', async () => {
    const need = await postNeed(seeker, seekerCoop.id, { title: 'Programmes for the AGM' });
    const match = await placeMatch(api.db, need.id, printerCoop.id);
    const before = await rowCounts(api.db);
    const notVerified = await introduce(unverified, match.id);
    expect(notVerified.errors).toHaveLength(1);
    expect(notVerified.errors[0]).toMatchObject({ code: 'EMAIL_NOT_VERIFIED', field: null });
    expect(notVerified.errors[0]!.message).toMatch(/confirm your email address.*link/i);
    expect((await introduce(outsider, match.id)).errors).toEqual([
      { code: 'FORBIDDEN', field: null, message: 'Only members of the two co-ops can act on this match.' },
    ]);
    expect((await introduce(api.client(), match.id)).errors[0]!.code).toBe('UNAUTHENTICATED');
    expect((await introduce(printer, randomUUID())).errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'matchId' });
    expect(await rowCounts(api.db)).toEqual(before);
  });
});

describe('past dealings count relationships, not repeats', () => {
  it('counts the needs two co-ops introduced themselves about, once each, either way', async () => {
    const other = api.client();
    const user = await signUp(other, 'Counter');
    await verifyEmail(api.db, user.id);
    const otherCoop = await createCoop(other, { name: 'Counting Co-op', placeName: 'Leeds' });
    const pair: [string, string] = [seekerCoop.id, otherCoop.id];
    const dealings = async () => (await loadPairSignals(api.db, [pair])).get(pairKey(...pair))!;
    expect((await dealings()).introductions).toBe(0);

    const need = await postNeed(seeker, seekerCoop.id, { title: 'Bookkeeping for the year end' });
    const match = await placeMatch(api.db, need.id, otherCoop.id);
    expect((await introduce(other, match.id)).errors).toEqual([]);
    const once = await dealings();
    expect(once.introductions).toBe(1);
    // A repeat is refused (above), and the seeker's reply about the same need is the same relationship.
    expect((await introduce(other, match.id)).errors[0]!.code).toBe('CONFLICT');
    expect((await introduce(seeker, match.id)).errors).toEqual([]);
    expect(await dealings()).toEqual(once);
    expect(reciprocityFit(await dealings())).toBe(0.5);
    // The database itself refuses a repeated row, whatever writes it.
    await expect(
      api.db.introduction.create({ data: { needId: need.id, fromCoopId: otherCoop.id, toCoopId: seekerCoop.id, message: 'again' } }),
    ).rejects.toThrow();

    const second = await postNeed(seeker, seekerCoop.id, { title: 'Payroll for the shop staff' });
    expect((await introduce(other, (await placeMatch(api.db, second.id, otherCoop.id)).id)).errors).toEqual([]);
    expect((await dealings()).introductions).toBe(2);
  });

  it('counts a fulfilled need only once the named co-op confirms it', async () => {
    const pair: [string, string] = [seekerCoop.id, printerCoop.id];
    const fulfilled = async () => (await loadPairSignals(api.db, [pair])).get(pairKey(...pair))!.fulfilledNeeds;
    const start = await fulfilled();

    const claimed = await postNeed(seeker, seekerCoop.id, { title: 'Banners for the summer fair' });
    await seeker.data(CLOSE_NEED, { input: { id: claimed.id, outcome: 'FULFILLED', fulfilledByCoopId: printerCoop.id } });
    expect(await fulfilled()).toBe(start);

    const rejected = await postNeed(seeker, seekerCoop.id, { title: 'Flyers for the open day' });
    await seeker.data(CLOSE_NEED, { input: { id: rejected.id, outcome: 'FULFILLED', fulfilledByCoopId: printerCoop.id } });
    expect((await printer.data(REJECT_FULFILMENT, { needId: rejected.id })).rejectFulfilment.errors).toEqual([]);
    expect(await fulfilled()).toBe(start);

    expect((await printer.data(CONFIRM_FULFILMENT, { needId: claimed.id })).confirmFulfilment.errors).toEqual([]);
    expect(await fulfilled()).toBe(start + 1);
  });
});

describe('"fulfilled by" is a claim the named co-op answers', () => {
  const NEED = `query ($id: ID!) { need(id: $id) { id status fulfilmentStatus viewerCanAnswerFulfilment fulfilledBy { id } } }`;

  it('refuses naming your own co-op or an unknown one, writing nothing', async () => {
    const need = await postNeed(seeker, seekerCoop.id, { title: 'Stationery for the office' });
    const before = await rowCounts(api.db);
    const close = async (fulfilledByCoopId: string) =>
      (await seeker.data(CLOSE_NEED, { input: { id: need.id, outcome: 'FULFILLED', fulfilledByCoopId } })).closeNeed;
    const own = await close(seekerCoop.id);
    expect(own).toMatchObject({ need: null, errors: [{ code: 'INVALID_INPUT', field: 'fulfilledByCoopId' }] });
    expect((await close(randomUUID())).errors).toMatchObject([{ code: 'NOT_FOUND', field: 'fulfilledByCoopId' }]);
    expect((await close('not-a-co-op')).errors).toMatchObject([{ code: 'NOT_FOUND', field: 'fulfilledByCoopId' }]);
    expect(await rowCounts(api.db)).toEqual(before);
    expect(await api.db.need.findUniqueOrThrow({ where: { id: need.id } })).toMatchObject({ status: 'OPEN', fulfilledByCoopId: null, fulfilmentStatus: null });
  });

  it('asks every member of the named co-op, lets only them answer, once', async () => {
    const need = await postNeed(seeker, seekerCoop.id, { title: 'Letterheads and business cards' });
    const members = await api.db.membership.count({ where: { coopId: printerCoop.id } });
    const before = await rowCounts(api.db);
    const closed = (await seeker.data(CLOSE_NEED, { input: { id: need.id, outcome: 'FULFILLED', fulfilledByCoopId: printerCoop.id } })).closeNeed;
    expect(closed).toMatchObject({ errors: [], need: { status: 'FULFILLED', fulfilledBy: { id: printerCoop.id } } });
    expect((await rowCounts(api.db)).notifications).toBe(before.notifications + members);
    const items = await api.db.notification.findMany({ where: { needId: need.id, kind: 'FULFILMENT_CLAIMED' } });
    expect(new Set(items.map((i) => i.userId)).size).toBe(members);

    const inbox = await printer.data(`{ notifications(first: 5) { edges { node { kind summary need { id viewerCanAnswerFulfilment fulfilmentStatus } } } } }`);
    const item = inbox.notifications.edges.find((e: { node: { need: { id: string } | null } }) => e.node.need?.id === need.id).node;
    expect(item).toMatchObject({
      kind: 'FULFILMENT_CLAIMED',
      summary: 'Leeds Housing Co-op says Calder Print met “Letterheads and business cards”',
      need: { viewerCanAnswerFulfilment: true, fulfilmentStatus: 'CLAIMED' },
    });
    expect((await seeker.data(NEED, { id: need.id })).need).toMatchObject({ fulfilmentStatus: 'CLAIMED', viewerCanAnswerFulfilment: false });

    // Refusals: the need's own co-op, another co-op, a visitor, an unknown need, a need with no claim.
    const withdrawn = await postNeed(seeker, seekerCoop.id, { title: 'Nothing to claim here' });
    await seeker.data(CLOSE_NEED, { input: { id: withdrawn.id, outcome: 'WITHDRAWN' } });
    const beforeRefusals = await rowCounts(api.db);
    const refusals: [TestClient, string, string, string | null][] = [
      [seeker, need.id, 'FORBIDDEN', null],
      [outsider, need.id, 'FORBIDDEN', null],
      [api.client(), need.id, 'UNAUTHENTICATED', null],
      [printer, randomUUID(), 'NOT_FOUND', 'needId'],
      [printer, withdrawn.id, 'CONFLICT', 'needId'],
    ];
    for (const [client, needId, code, field] of refusals) {
      const answer = (await client.data(CONFIRM_FULFILMENT, { needId })).confirmFulfilment;
      expect(answer).toMatchObject({ need: null, errors: [{ code, field }] });
    }
    expect(await rowCounts(api.db)).toEqual(beforeRefusals);
    expect((await api.db.need.findUniqueOrThrow({ where: { id: need.id } })).fulfilmentStatus).toBe('CLAIMED');

    const confirmed = (await printer2.data(CONFIRM_FULFILMENT, { needId: need.id })).confirmFulfilment;
    expect(confirmed.errors).toEqual([]);
    expect(confirmed.need).toMatchObject({ fulfilmentStatus: 'CONFIRMED', viewerCanAnswerFulfilment: false });
    expect(Date.parse(confirmed.need.fulfilmentAnsweredAt)).toBeGreaterThan(Date.now() - 60_000);
    // Answered: the items asking for it are read, for every member.
    expect(await api.db.notification.count({ where: { needId: need.id, kind: 'FULFILMENT_CLAIMED', readAt: null } })).toBe(0);

    const again = (await printer.data(REJECT_FULFILMENT, { needId: need.id })).rejectFulfilment;
    expect(again).toMatchObject({ need: null, errors: [{ code: 'CONFLICT', message: 'Your co-op has already confirmed this claim.' }] });
    expect((await api.db.need.findUniqueOrThrow({ where: { id: need.id } })).fulfilmentStatus).toBe('CONFIRMED');
  });

  it('puts an open claim in the named co-op’s digest', async () => {
    const need = await postNeed(seeker, seekerCoop.id, { title: 'Order of service booklets' });
    await seeker.data(CLOSE_NEED, { input: { id: need.id, outcome: 'FULFILLED', fulfilledByCoopId: printerCoop.id } });
    await api.services.digests.sendDue(new Date(Date.now() + 8 * 86_400_000));
    const line = `- Leeds Housing Co-op says Calder Print met "Order of service booklets"; confirm or reject it: http://localhost:3000/needs/${need.id}`;
    const mailed = api.services.mailer.captured.filter((m) => m.text.includes(line));
    // Printer and Printer Two; the unverified member gets no digest at all.
    expect(mailed).toHaveLength(2);
  });
});

describe('need(id) and offer(id) follow the lists’ visibility', () => {
  const NEED = `query ($id: ID!) { need(id: $id) { id budget { amount } } }`;
  const OFFER = `query ($id: ID!) { offer(id: $id) { id coopTerms } }`;
  const seen = async (client: TestClient, query: string, id: string) => {
    const data = await client.data(query, { id });
    return (data.need ?? data.offer ?? null) !== null;
  };

  it('shows open needs to everyone, and withdrawn or expired ones to their own co-op only', async () => {
    const open = await postNeed(seeker, seekerCoop.id, { title: 'Still looking for printers' });
    for (const client of [api.client(), outsider, printer, seeker]) expect(await seen(client, NEED, open.id)).toBe(true);

    const withdrawn = await postNeed(seeker, seekerCoop.id, { title: 'Withdrawn with a budget' });
    await seeker.data(CLOSE_NEED, { input: { id: withdrawn.id, outcome: 'WITHDRAWN' } });
    const expired = await postNeed(seeker, seekerCoop.id, { title: 'Ran past its end date' });
    await api.db.need.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    for (const id of [withdrawn.id, expired.id]) {
      for (const client of [api.client(), outsider, printer]) expect(await seen(client, NEED, id)).toBe(false);
      expect(await seen(seeker, NEED, id)).toBe(true);
    }
  });

  it('shows a fulfilled need also to the co-op named as meeting it', async () => {
    const need = await postNeed(seeker, seekerCoop.id, { title: 'Met by the printers' });
    await seeker.data(CLOSE_NEED, { input: { id: need.id, outcome: 'FULFILLED', fulfilledByCoopId: printerCoop.id } });
    expect(await seen(printer, NEED, need.id)).toBe(true);
    expect(await seen(seeker, NEED, need.id)).toBe(true);
    expect(await seen(outsider, NEED, need.id)).toBe(false);
    expect(await seen(api.client(), NEED, need.id)).toBe(false);
  });

  it('shows a withdrawn offer to its own co-op only', async () => {
    const offer = await postOffer(printer, printerCoop.id, { title: 'Offer to be withdrawn' });
    expect(await seen(api.client(), OFFER, offer.id)).toBe(true);
    await printer.data(`mutation ($id: ID!) { withdrawOffer(id: $id) { errors { code } } }`, { id: offer.id });
    for (const client of [api.client(), outsider, seeker]) expect(await seen(client, OFFER, offer.id)).toBe(false);
    expect(await seen(printer, OFFER, offer.id)).toBe(true);
    expect(await seen(printer2, OFFER, offer.id)).toBe(true);
  });

  it('shows an expired offer to its own co-op only, and an offer’s matches to its members only', async () => {
    const offer = await postOffer(printer, printerCoop.id, { title: 'Offer that runs out' });
    const MATCHES = `query ($id: ID!) { offer(id: $id) { id matches { id } } }`;
    expect((await printer.data(MATCHES, { id: offer.id })).offer.matches).toEqual([]);
    for (const client of [api.client(), seeker]) expect((await client.data(MATCHES, { id: offer.id })).offer.matches).toBeNull();
    await api.db.offer.update({ where: { id: offer.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    for (const client of [api.client(), outsider, seeker]) expect(await seen(client, OFFER, offer.id)).toBe(false);
    expect(await seen(printer, OFFER, offer.id)).toBe(true);
  });

  it('hides a match, and an introduction’s need, from the provider once the need is no longer open', async () => {
    const need = await postNeed(seeker, seekerCoop.id, { title: 'Soon withdrawn' });
    const match = await placeMatch(api.db, need.id, printerCoop.id);
    const MATCH = `query ($id: ID!) { match(id: $id) { id } }`;
    expect((await printer.data(MATCH, { id: match.id })).match).not.toBeNull();
    expect((await outsider.data(MATCH, { id: match.id })).match).toBeNull();
    expect((await introduce(seeker, match.id)).errors).toEqual([]);
    await api.db.need.update({ where: { id: need.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await printer.data(MATCH, { id: match.id })).match).toBeNull();
    expect((await seeker.data(MATCH, { id: match.id })).match).not.toBeNull();
    const inbox = await printer.data(`{ notifications(first: 50) { edges { node { kind summary need { id } introduction { need { id } } } } } }`);
    const item = inbox.notifications.edges
      .map((e: { node: unknown }) => e.node)
      .find((n: { kind: string; summary: string }) => n.kind === 'INTRODUCTION' && n.summary === 'Leeds Housing Co-op introduced itself about a need');
    expect(item).toMatchObject({ need: null, introduction: { need: null } });
  });
});
