import { verifyEmail } from './support/business';
import { createCoop, signUp } from './support/scenarios';
import {
  CLOSE_NEED,
  jobsDone,
  NEED_MATCHES,
  postNeed,
  postOffer,
  UPDATE_NEED,
  needInput,
} from './support/postings';
import { startTestApi, type TestApi } from './support/test-api';
import type { TestClient } from './support/test-client';

let api: TestApi;
let seeker: TestClient;
let printer: TestClient;
let seekerCoop: { id: string };
let printerCoop: { id: string };

beforeAll(async () => {
  api = await startTestApi('postgres', { worker: true });
  seeker = api.client();
  await signUp(seeker, 'Seeker');
  seekerCoop = await createCoop(seeker, { name: 'Leeds Housing Co-op', categoryCodes: ['68'], provides: 'Affordable homes run by their tenants.' });
  printer = api.client();
  await signUp(printer, 'Printer');
  printerCoop = await createCoop(printer, { name: 'Calder Print', placeName: 'Bradford' });
}, 60_000);

afterAll(() => api.close());

async function matchesOf(needId: string) {
  await jobsDone(api.db);
  const data = await seeker.data(NEED_MATCHES, { id: needId });
  return data.need.matches as {
    id: string;
    score: number;
    distanceKm: number | null;
    sharedTerms: string[];
    parts: { text: number; category: number; geo: number; recency: number; reciprocity: number; feedback: number };
    reasons: { kind: string; text: string }[];
    provider: { id: string; name: string };
    offer: { id: string; title: string } | null;
  }[];
}

describe('matching offers and profiles to needs', () => {
  it('matches an offer to a need posted after it, and says why', async () => {
    const offer = await postOffer(printer, printerCoop.id, { area: { placeName: 'Bradford', countryCode: 'GB', radiusKm: 30 } });
    await jobsDone(api.db);
    const need = await postNeed(seeker, seekerCoop.id);
    const matches = await matchesOf(need.id);
    const top = matches[0]!;
    expect(top.offer?.id).toBe(offer.id);
    expect(top.provider.id).toBe(printerCoop.id);
    expect(top.parts.text).toBeGreaterThan(0);
    expect(top.parts.category).toBe(1);
    expect(top.sharedTerms).toEqual(expect.arrayContaining(['printing', 'report', 'recycled']));
    expect(top.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['SHARED_WORDS', 'SHARED_CATEGORIES', 'NEARBY']));
    // Bradford is about 14 km from Leeds.
    expect(top.distanceKm).toBeGreaterThan(5);
    expect(top.distanceKm).toBeLessThan(25);
    // The printer's profile is not listed beside its offer.
    expect(matches.filter((m) => m.provider.id === printerCoop.id)).toHaveLength(1);
  });

  it('matches a need to an offer posted after it', async () => {
    const need = await postNeed(seeker, seekerCoop.id, { title: 'Bicycle repair for our residents', description: 'A monthly bicycle repair session in the courtyard for about 30 residents.', categoryCodes: ['95'] });
    expect(await matchesOf(need.id)).toEqual([]);
    const mechanic = api.client();
    await signUp(mechanic, 'Mechanic');
    const mechanicCoop = await createCoop(mechanic, { name: 'Spokes Co-op', categoryCodes: ['95'], provides: 'Repairs of household goods and sports equipment.', placeName: 'Leeds' });
    const offer = await postOffer(mechanic, mechanicCoop.id, { title: 'Bicycle repair sessions', description: 'We run bicycle repair sessions on site for housing co-ops and workplaces.', categoryCodes: ['95'] });
    const matches = await matchesOf(need.id);
    expect(matches.map((m) => m.offer?.id)).toContain(offer.id);
  });
});

describe('score parts', () => {
  it('ranks shared words above shared categories alone (text part)', async () => {
    const wordy = await postOffer(printer, printerCoop.id, { title: 'Letterpress invitations and cards', description: 'Letterpress wedding invitations, place cards and envelopes, hand set.' });
    const plain = await postOffer(printer, printerCoop.id, { title: 'Large format posters', description: 'Posters up to A0 for exhibitions and shop windows.' });
    const need = await postNeed(seeker, seekerCoop.id, { title: 'Letterpress wedding invitations', description: 'Letterpress invitations for a members wedding, 120 cards with envelopes.' });
    const matches = await matchesOf(need.id);
    const withWords = matches.find((m) => m.offer?.id === wordy.id)!;
    const categoryOnly = matches.find((m) => m.offer?.id === plain.id)!;
    expect(withWords.parts.text).toBeGreaterThan(0.5);
    expect(categoryOnly.parts).toMatchObject({ text: 0, category: 1 });
    expect(withWords.score).toBeGreaterThan(categoryOnly.score);
    expect(matches.every((m) => m.parts.text > 0 || m.parts.category > 0)).toBe(true);
  });

  it('scores category closeness by taxonomy distance (category part)', async () => {
    // A need in class 18129 (other printing) meets a printer filed under division 18: broader, 0.8.
    const need = await postNeed(seeker, seekerCoop.id, { title: 'Vinyl banners for a fair', description: 'Two printed vinyl banners, two metres wide, for the summer fair.', categoryCodes: ['18129'] });
    const matches = await matchesOf(need.id);
    const printerMatch = matches.find((m) => m.provider.id === printerCoop.id)!;
    expect(printerMatch.parts.category).toBe(0.8);
  });

  it('leaves out providers beyond the need’s reach and fades with distance (geo part)', async () => {
    const london = await postNeed(seeker, seekerCoop.id, { area: { placeName: 'London', countryCode: 'GB', radiusKm: 20 } });
    expect((await matchesOf(london.id)).find((m) => m.provider.id === printerCoop.id)).toBeUndefined();
    const anywhere = await postNeed(seeker, seekerCoop.id, { area: {} });
    const found = (await matchesOf(anywhere.id)).find((m) => m.provider.id === printerCoop.id)!;
    expect(found.parts.geo).toBe(1);
    expect(found.distanceKm).toBeNull();
  });

  it('prefers recently active providers (recency part)', async () => {
    const need = await postNeed(seeker, seekerCoop.id);
    const before = (await matchesOf(need.id)).find((m) => m.offer !== null)!;
    await api.db.$executeRaw`UPDATE offers SET updated_at = now() - interval '60 days' WHERE id = ${before.offer!.id}::uuid`;
    await api.services.matcher.matchNeed(need.id);
    const after = (await matchesOf(need.id)).find((m) => m.id === before.id)!;
    expect(after.parts.recency).toBeCloseTo(0.25, 2);
    expect(after.score).toBeLessThan(before.score);
    await api.db.$executeRaw`UPDATE offers SET updated_at = now() WHERE id = ${before.offer!.id}::uuid`;
  });

  it('counts past dealings between the two co-ops (reciprocity part)', async () => {
    const need = await postNeed(seeker, seekerCoop.id);
    const before = (await matchesOf(need.id)).find((m) => m.provider.id === printerCoop.id)!;
    expect(before.parts.reciprocity).toBe(0);
    // Past dealings count the needs two co-ops introduced themselves about (business-rules tests more).
    await api.db.introduction.create({ data: { needId: need.id, fromCoopId: printerCoop.id, toCoopId: seekerCoop.id, message: 'Hello from the print shop' } });
    await api.services.matcher.matchNeed(need.id);
    const after = (await matchesOf(need.id)).find((m) => m.id === before.id)!;
    expect(after.parts.reciprocity).toBe(0.5);
    expect(after.reasons.map((r) => r.kind)).toContain('PAST_DEALINGS');
  });

  it('learns from "not relevant" for that co-op only (feedback part)', async () => {
    const need = await postNeed(seeker, seekerCoop.id);
    const before = (await matchesOf(need.id)).find((m) => m.provider.id === printerCoop.id)!;
    const result = await seeker.data(
      `mutation ($input: FeedbackInput!) { giveMatchFeedback(input: $input) { match { id viewerFeedback } errors { code } } }`,
      { input: { matchId: before.id, kind: 'NOT_RELEVANT' } },
    );
    expect(result.giveMatchFeedback.match.viewerFeedback).toEqual(['NOT_RELEVANT']);
    const after = (await matchesOf(need.id)).find((m) => m.id === before.id)!;
    expect(after.parts.feedback).toBe(-0.75);
    expect(after.score).toBeCloseTo(before.score - 0.75 * 0.5, 6);
    // Another co-op's needs are ranked as before: the feedback is the seeker's alone.
    const other = api.client();
    await signUp(other, 'Other');
    const otherCoop = await createCoop(other, { name: 'Other Housing Co-op', categoryCodes: ['68'], placeName: 'Leeds' });
    const otherNeed = await postNeed(other, otherCoop.id);
    await jobsDone(api.db);
    const theirs = (await other.data(NEED_MATCHES, { id: otherNeed.id })).need.matches.find(
      (m: { provider: { id: string } }) => m.provider.id === printerCoop.id,
    );
    expect(theirs.parts.feedback).toBe(0);
  });
});

describe('lifecycle', () => {
  it('re-scores when a need is edited, and removes its matches when it closes', async () => {
    const need = await postNeed(seeker, seekerCoop.id);
    const first = await matchesOf(need.id);
    expect(first.length).toBeGreaterThan(0);
    const edited = await seeker.data(UPDATE_NEED, {
      id: need.id,
      input: needInput({ title: 'Printed leaflets for a rent campaign', description: 'Five thousand A5 leaflets, two colours, for a door-to-door rent campaign.' }),
    });
    expect(edited.updateNeed.errors).toEqual([]);
    const second = await matchesOf(need.id);
    expect(second.find((m) => m.provider.id === printerCoop.id)!.sharedTerms).toEqual(expect.arrayContaining(['printed']));
    const closed = await seeker.data(CLOSE_NEED, { input: { id: need.id, outcome: 'FULFILLED', fulfilledByCoopId: printerCoop.id } });
    expect(closed.closeNeed.need).toMatchObject({ status: 'FULFILLED', fulfilledBy: { id: printerCoop.id } });
    expect(await api.db.match.count({ where: { needId: need.id } })).toBe(0);
  });

  it('removes the matches of a need that expires', async () => {
    const need = await postNeed(seeker, seekerCoop.id);
    await jobsDone(api.db);
    expect(await api.db.match.count({ where: { needId: need.id } })).toBeGreaterThan(0);
    await api.db.$executeRaw`UPDATE needs SET expires_at = now() - interval '1 second' WHERE id = ${need.id}::uuid`;
    // The expiry job runs at expires_at; here it is run directly rather than waited for.
    await api.services.matcher.matchNeed(need.id);
    expect(await api.db.match.count({ where: { needId: need.id } })).toBe(0);
    const data = await seeker.data(`query ($id: ID!) { need(id: $id) { status } }`, { id: need.id });
    expect(data.need.status).toBe('EXPIRED');
  });
});

describe('offer expiry', () => {
  it('schedules a job at the offer\'s end date that removes its matches', async () => {
    await postNeed(seeker, seekerCoop.id, { title: 'Posters for the summer fair' });
    const offer = await postOffer(printer, printerCoop.id, { title: 'Poster printing for summer fairs' });
    await jobsDone(api.db);
    expect(await api.db.match.count({ where: { offerId: offer.id } })).toBeGreaterThan(0);
    const [job] = await api.db.$queryRaw<{ runAt: Date }[]>`
      SELECT run_at AS "runAt" FROM graphile_worker.jobs WHERE key = ${`expire-offer:${offer.id}`}`;
    const saved = await api.db.offer.findUniqueOrThrow({ where: { id: offer.id } });
    expect(job?.runAt.getTime()).toBe(saved.expiresAt.getTime());

    // The end date comes: the offer runs out and its job falls due, which the worker then runs.
    await api.db.$executeRaw`UPDATE offers SET expires_at = now() - interval '1 second' WHERE id = ${offer.id}::uuid`;
    await api.db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE key = ${`expire-offer:${offer.id}`}`;
    await jobsDone(api.db);
    expect(await api.db.match.count({ where: { offerId: offer.id } })).toBe(0);
  });
});

describe('permissions', () => {
  it('shows a need’s matches to members of its co-op only', async () => {
    const need = await postNeed(seeker, seekerCoop.id);
    await jobsDone(api.db);
    expect((await seeker.data(NEED_MATCHES, { id: need.id })).need.matches.length).toBeGreaterThan(0);
    expect((await printer.data(NEED_MATCHES, { id: need.id })).need.matches).toBeNull();
    expect((await api.client().data(NEED_MATCHES, { id: need.id })).need.matches).toBeNull();
  });

  it('lets no one post, edit or close for a co-op they do not belong to', async () => {
    const need = await postNeed(seeker, seekerCoop.id);
    const posted = await printer.data(`mutation ($coopId: ID!, $input: NeedInput!) { postNeed(coopId: $coopId, input: $input) { need { id } errors { code } } }`, { coopId: seekerCoop.id, input: needInput() });
    expect(posted.postNeed.errors).toEqual([{ code: 'FORBIDDEN' }]);
    const edited = await printer.data(UPDATE_NEED, { id: need.id, input: needInput({ title: 'Taken over' }) });
    expect(edited.updateNeed.errors[0].code).toBe('FORBIDDEN');
    const closed = await api.client().data(CLOSE_NEED, { input: { id: need.id, outcome: 'WITHDRAWN' } });
    expect(closed.closeNeed.errors[0].code).toBe('UNAUTHENTICATED');
    const row = await api.db.need.findUniqueOrThrow({ where: { id: need.id } });
    expect(row).toMatchObject({ title: 'Printing for our annual report', status: 'OPEN' });
  });

  it('keeps a third co-op out of a match’s feedback and introductions', async () => {
    const need = await postNeed(seeker, seekerCoop.id);
    const [match] = await matchesOf(need.id);
    const outsider = api.client();
    // Confirmed, so that it is membership that refuses the introduction, not the address.
    await verifyEmail(api.db, (await signUp(outsider, 'Outsider')).id);
    const feedback = await outsider.data(`mutation ($input: FeedbackInput!) { giveMatchFeedback(input: $input) { errors { code } } }`, { input: { matchId: match!.id, kind: 'SAVED' } });
    expect(feedback.giveMatchFeedback.errors).toEqual([{ code: 'FORBIDDEN' }]);
    const intro = await outsider.data(`mutation ($input: IntroduceInput!) { introduce(input: $input) { errors { code } } }`, { input: { matchId: match!.id, message: 'Let me in on this one please' } });
    expect(intro.introduce.errors).toEqual([{ code: 'FORBIDDEN' }]);
    expect(await api.db.matchFeedback.count({ where: { matchId: match!.id } })).toBe(0);
  });
});

describe('bad input', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['an expiry in the past', { expiresAt: new Date(Date.now() - 86_400_000).toISOString() }, 'expiresAt'],
    ['a negative radius', { area: { placeName: 'Leeds', countryCode: 'GB', radiusKm: -5 } }, 'area.radiusKm'],
    ['a 100 KB description', { description: 'x'.repeat(100_000) }, 'description'],
    ['an unknown category', { categoryCodes: ['99999'] }, 'categoryCodes.0'],
    ['a town not on the map', { area: { placeName: 'Nowhereville Upon Sea', countryCode: 'GB', radiusKm: 10 } }, 'area.placeName'],
  ];
  it.each(cases)('answers %s with a field error and saves nothing', async (_label, overrides, field) => {
    const needsBefore = await api.db.need.count();
    const [jobsBefore] = await api.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs`;
    const result = await seeker.request(
      `mutation ($coopId: ID!, $input: NeedInput!) { postNeed(coopId: $coopId, input: $input) { need { id } errors { code field message } } }`,
      { coopId: seekerCoop.id, input: needInput(overrides) },
    );
    expect(result.data?.postNeed.need).toBeNull();
    expect(result.data?.postNeed.errors[0]).toMatchObject({ code: 'INVALID_INPUT', field });
    expect(await api.db.need.count()).toBe(needsBefore);
    const [jobsAfter] = await api.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs`;
    expect(jobsAfter!.n).toBeLessThanOrEqual(jobsBefore!.n);
  });
});
