import { pageMeta } from '../../src/http/page-meta';
import { loadNeed, providersForNeed } from '../../src/modules/matching/candidates';
import { DISMISS, HIDE, REPORT, siteAdmin, succeed, UNHIDE, verifiedPerson, type Person } from './support/claims';
import { addMember, placeMatch } from './support/business';
import { createCouncil, INVITE_COOP } from './support/councils';
import { PASS_REFERRAL, referralInput, THANK } from './support/referrals';
import { postNeed, postOffer } from './support/postings';
import { createCoop } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * Reports and hiding (issue 15): a hidden co-op, need or offer leaves every public read path
 * (access/visibility.ts) and stays for its own members and administrators; showing it again
 * puts it back everywhere.
 */

let api: TestApi;
let admin: Person;
let owner: Person;
let member: Person;
let stranger: Person;
let coop: { id: string; slug: string; name: string };
let other: { id: string; slug: string };
let otherOwner: Person;
let needId: string;
let offerId: string;

/** A word no other profile holds, so search finds this co-op by it alone. */
const WORD = 'zinnwaldite';

beforeAll(async () => {
  api = await startTestApi('postgres');
  admin = await siteAdmin(api, 'Moderator');
  owner = await verifiedPerson(api, 'HiddenOwner');
  coop = await createCoop(owner.client, { name: 'Moderated Print Co-op', provides: `Risograph printing and ${WORD} polishing for campaigns.` });
  member = await verifiedPerson(api, 'HiddenMember');
  await addMember(api.db, member.id, coop.id);
  stranger = await verifiedPerson(api, 'Onlooker');
  otherOwner = await verifiedPerson(api, 'OtherOwner');
  other = await createCoop(otherOwner.client, { name: 'Neighbouring Co-op', provides: 'Bookkeeping and payroll for small co-ops.' });
  needId = (await postNeed(owner.client, coop.id, { title: `Need for ${WORD} supplies` })).id;
  offerId = (await postOffer(owner.client, coop.id, { title: `Offer of ${WORD} polishing` })).id;
}, 60_000);
afterAll(() => api?.close());

const subject = (kind: string, id: string) => ({ kind, id });
const codes = (payload: { errors: { code: string; field: string | null }[] }) => payload.errors.map((e) => `${e.code}:${e.field}`);

/** Everything a public path shows of the co-op and its postings, as one person sees it. */
async function seenBy(client: Person['client'] | ReturnType<TestApi['client']>) {
  const data = await client.data(
    `query ($slug: String!, $id: ID!, $needId: ID!, $offerId: ID!, $word: String!) {
      coop(slug: $slug) { id hidden { reason } }
      coopById(id: $id) { id }
      coops(first: 100) { edges { node { id } } totalCount }
      search(input: { text: $word }) { edges { node { id } } }
      searchSuggestions(prefix: "Moderated Print") { value }
      need(id: $needId) { id hidden { reason } }
      offer(id: $offerId) { id hidden { reason } }
      needs(filter: { text: $word }) { edges { node { id } } }
      offers(filter: { text: $word }) { edges { node { id } } }
      coopNeeds: needs(filter: { coopId: $id }) { edges { node { id } } }
    }`,
    { slug: coop.slug, id: coop.id, needId, offerId, word: WORD },
  );
  return {
    coop: data.coop !== null,
    coopById: data.coopById !== null,
    directory: data.coops.edges.some((e: any) => e.node.id === coop.id),
    search: data.search.edges.some((e: any) => e.node.id === coop.id),
    suggestions: data.searchSuggestions.some((s: any) => s.value === coop.slug),
    need: data.need !== null,
    offer: data.offer !== null,
    needsList: data.needs.edges.some((e: any) => e.node.id === needId),
    offersList: data.offers.edges.some((e: any) => e.node.id === offerId),
    coopNeedsList: data.coopNeeds.edges.some((e: any) => e.node.id === needId),
    hiddenReason: data.coop?.hidden?.reason ?? data.need?.hidden?.reason ?? null,
  };
}

const ALL_SEEN = { coop: true, coopById: true, directory: true, search: true, suggestions: true, need: true, offer: true, needsList: true, offersList: true, coopNeedsList: true };
const NONE_SEEN = { coop: false, coopById: false, directory: false, search: false, suggestions: false, need: false, offer: false, needsList: false, offersList: false, coopNeedsList: false };

async function sitemap(kind: string): Promise<string> {
  const base = api.endpoint.replace(/\/graphql$/, '');
  const response = await fetch(`${base}/sitemaps/${kind}-1.xml`);
  return response.ok ? response.text() : '';
}

/** Whether the matcher would offer the co-op's profile for a need of the neighbouring co-op. */
async function offeredByMatching(): Promise<boolean> {
  const theirs = await postNeed(otherOwner.client, other.id, { title: `Looking for ${WORD} polishing` });
  const need = await loadNeed(api.db, theirs.id);
  const candidates = await providersForNeed(api.db, need!);
  return candidates.some((c) => c.coopId === coop.id);
}

describe('reports', () => {
  it('are made by anyone signed in, once per open report per item, with a reason', async () => {
    const input = { subject: subject('COOP', coop.id), reason: 'This profile copies another co-op’s words.' };
    expect(codes((await api.client().data(REPORT, { input })).report)).toEqual(['UNAUTHENTICATED:null']);
    expect(codes((await stranger.client.data(REPORT, { input: { ...input, reason: 'bad' } })).report)).toEqual(['INVALID_INPUT:reason']);
    expect(codes((await stranger.client.data(REPORT, { input: { ...input, subject: subject('NEED', coop.id) } })).report)).toEqual(['NOT_FOUND:subject']);
    const { report } = await succeed(stranger.client, REPORT, { input }, 'report');
    expect(report).toMatchObject({ subject: 'COOP', status: 'OPEN' });
    expect(codes((await stranger.client.data(REPORT, { input })).report)).toEqual(['CONFLICT:subject']);
    // Another person may report it too; the same person may report its need.
    await succeed(member.client, REPORT, { input }, 'report');
    await succeed(stranger.client, REPORT, { input: { subject: subject('NEED', needId), reason: 'Not a real need, it is an advert.' } }, 'report');
    const queue = await admin.client.data(`{ moderation { openReports { totalCount edges { node { subject reason reporter { email } coop { id } need { id } } } } } }`);
    expect(queue.moderation.openReports.totalCount).toBe(3);
    expect(queue.moderation.openReports.edges[0].node).toMatchObject({ subject: 'COOP', reporter: { email: stranger.email }, coop: { id: coop.id }, need: null });
  });
});

describe('hiding a co-op', () => {
  it('is for site administrators only, and needs a reason', async () => {
    const input = { subject: subject('COOP', coop.id), reason: 'Copied words.' };
    expect(codes((await owner.client.data(HIDE, { input })).hideContent)).toEqual(['FORBIDDEN:null']);
    expect(codes((await api.client().data(HIDE, { input })).hideContent)).toEqual(['UNAUTHENTICATED:null']);
    expect(codes((await admin.client.data(HIDE, { input: { ...input, reason: '' } })).hideContent)).toEqual(['INVALID_INPUT:reason']);
    expect(await api.db.coop.findUniqueOrThrow({ where: { id: coop.id } })).toMatchObject({ hiddenAt: null });
  });

  it('takes it, its needs and its offers out of every public path, but not from its members or administrators', async () => {
    expect(await seenBy(stranger.client)).toMatchObject(ALL_SEEN);
    expect(await offeredByMatching()).toBe(true);
    expect(await sitemap('coops')).toContain(`/coops/${coop.slug}`);
    const match = await placeMatch(api.db, (await postNeed(otherOwner.client, other.id, { title: 'A need it matched' })).id, coop.id);

    const { action } = await succeed(admin.client, HIDE, { input: { subject: subject('COOP', coop.id), reason: 'Copied another co-op’s profile word for word.' } }, 'hideContent');
    expect(action).toMatchObject({ kind: 'HIDE', subject: 'COOP', actor: { id: admin.id } });

    expect(await seenBy(stranger.client)).toMatchObject(NONE_SEEN);
    expect(await seenBy(api.client())).toMatchObject(NONE_SEEN);
    expect(await seenBy(otherOwner.client)).toMatchObject(NONE_SEEN);
    expect(await seenBy(member.client)).toMatchObject({ coop: true, coopById: true, need: true, offer: true, coopNeedsList: true, hiddenReason: 'Copied another co-op’s profile word for word.' });
    expect(await seenBy(owner.client)).toMatchObject({ coop: true, need: true, offer: true });
    expect(await seenBy(admin.client)).toMatchObject({ coop: true, coopById: true, need: true, offer: true, coopNeedsList: true, directory: false });

    expect(await sitemap('coops')).not.toContain(`/coops/${coop.slug}`);
    expect(await sitemap('needs')).not.toContain(needId);
    expect(await sitemap('offers')).not.toContain(offerId);
    expect((await pageMeta(api.db, `/coops/${coop.slug}`, 'http://p6.test')).status).toBe(404);
    expect((await pageMeta(api.db, `/needs/${needId}`, 'http://p6.test')).status).toBe(404);
    expect((await pageMeta(api.db, `/offers/${offerId}`, 'http://p6.test')).status).toBe(404);
    expect(await offeredByMatching()).toBe(false);
    expect(await api.db.match.findUnique({ where: { id: match.id } })).toBeNull();
    // Its open reports were actioned.
    expect(await api.db.report.count({ where: { coopId: coop.id, subject: 'COOP', status: 'ACTIONED' } })).toBe(2);
  });

  it('starts nothing new with others: no referral to it, thanks, invitation or contact details', async () => {
    const council = await createCouncil(otherOwner.client, { name: 'Moderation Test Council' });
    const reveal = `mutation ($id: ID!) { revealContact(coopId: $id) { contact { email } errors { code field } } }`;
    const tries = async () => ({
      referral: codes((await otherOwner.client.data(PASS_REFERRAL, { input: referralInput(other.id, coop.id) })).passReferral),
      thanks: codes((await otherOwner.client.data(THANK, { input: { fromCoopId: other.id, toCoopId: coop.id, value: { amount: 100, currency: 'GBP' }, note: null } })).thankForBusiness),
      invite: codes((await otherOwner.client.data(INVITE_COOP, { input: { councilId: council.id, coopId: coop.id, message: null } })).inviteCoopToCouncil),
      contact: codes((await stranger.client.data(reveal, { id: coop.id })).revealContact),
    });
    // Hidden (by the test above), it is not there to start anything with...
    expect(await tries()).toEqual({ referral: ['NOT_FOUND:toCoopId'], thanks: ['NOT_FOUND:toCoopId'], invite: ['NOT_FOUND:coopId'], contact: ['NOT_FOUND:coopId'] });
    expect(await api.db.referral.count({ where: { toCoopId: coop.id } })).toBe(0);
    expect(await api.db.councilMember.count({ where: { coopId: coop.id } })).toBe(0);
    // ...but its own members still read their contact details.
    expect(codes((await member.client.data(reveal, { id: coop.id })).revealContact)).toEqual([]);
    // A membership from before it was hidden stays, but is not counted where the public reads it.
    await api.db.councilMember.create({ data: { councilId: council.id, coopId: coop.id, status: 'MEMBER', route: 'INVITED', joinedAt: new Date() } });
    const count = async () => (await stranger.client.data(`query ($slug: String!) { council(slug: $slug) { memberCount } }`, { slug: council.slug })).council.memberCount;
    expect(await count()).toBe(0);
    await api.db.coop.update({ where: { id: coop.id }, data: { hiddenAt: null } });
    expect(await count()).toBe(1);
    await api.db.coop.update({ where: { id: coop.id }, data: { hiddenAt: new Date() } });
  });

  it('is not hidden twice, and shown again only once', async () => {
    expect(codes((await admin.client.data(HIDE, { input: { subject: subject('COOP', coop.id), reason: 'Again, to be sure.' } })).hideContent)).toEqual(['CONFLICT:subject']);
    const { action } = await succeed(admin.client, UNHIDE, { input: { subject: subject('COOP', coop.id), reason: 'The co-op rewrote its profile.' } }, 'unhideContent');
    expect(action.kind).toBe('UNHIDE');
    expect(codes((await admin.client.data(UNHIDE, { input: { subject: subject('COOP', coop.id), reason: 'Once more.' } })).unhideContent)).toEqual(['CONFLICT:subject']);
  });

  it('shown again, it is back on every path', async () => {
    expect(await seenBy(stranger.client)).toMatchObject({ ...ALL_SEEN, hiddenReason: null });
    expect(await sitemap('coops')).toContain(`/coops/${coop.slug}`);
    expect((await pageMeta(api.db, `/coops/${coop.slug}`, 'http://p6.test')).status).toBe(200);
    expect(await offeredByMatching()).toBe(true);
    // Its open postings were queued for matching again.
    const jobs = await api.db.$queryRaw<{ key: string }[]>`SELECT key FROM graphile_worker.jobs WHERE key = ${`match-need:${needId}`}`;
    expect(jobs).toHaveLength(1);
  });
});

describe('hiding one need or offer', () => {
  it('takes just that posting out of public view, keeps it for its co-op, and puts it back when shown again', async () => {
    await succeed(admin.client, HIDE, { input: { subject: subject('NEED', needId), reason: 'An advert posted as a need.' } }, 'hideContent');
    expect(await seenBy(stranger.client)).toMatchObject({ ...ALL_SEEN, need: false, needsList: false, coopNeedsList: false });
    // Its members read why (the co-op itself is not hidden: the reason is the need's).
    expect(await seenBy(member.client)).toMatchObject({ coop: true, need: true, coopNeedsList: true, hiddenReason: 'An advert posted as a need.' });
    const own = await stranger.client.data(`query ($id: ID!) { coop(slug: "${coop.slug}") { hidden { reason } } need(id: $id) { id } }`, { id: needId });
    expect(own).toEqual({ coop: { hidden: null }, need: null });
    expect(await sitemap('needs')).not.toContain(needId);
    expect(await api.db.report.findFirst({ where: { needId } })).toMatchObject({ status: 'ACTIONED', resolvedById: admin.id });

    await succeed(admin.client, HIDE, { input: { subject: subject('OFFER', offerId), reason: 'Misleading prices.' } }, 'hideContent');
    expect(await seenBy(stranger.client)).toMatchObject({ offer: false, offersList: false, coop: true });
    expect((await pageMeta(api.db, `/offers/${offerId}`, 'http://p6.test')).status).toBe(404);

    await succeed(admin.client, UNHIDE, { input: { subject: subject('NEED', needId), reason: 'Rewritten as a real need.' } }, 'unhideContent');
    await succeed(admin.client, UNHIDE, { input: { subject: subject('OFFER', offerId), reason: 'Prices corrected.' } }, 'unhideContent');
    expect(await seenBy(stranger.client)).toMatchObject(ALL_SEEN);
  });
});

describe('dismissing reports and the log', () => {
  it('closes an item’s open reports with nothing hidden, and keeps every action, append-only', async () => {
    await succeed(stranger.client, REPORT, { input: { subject: subject('OFFER', offerId), reason: 'I think the price is wrong.' } }, 'report');
    const { action } = await succeed(admin.client, DISMISS, { input: { subject: subject('OFFER', offerId), reason: 'The price is right.' } }, 'dismissReports');
    expect(action.kind).toBe('DISMISS');
    expect(codes((await admin.client.data(DISMISS, { input: { subject: subject('OFFER', offerId), reason: 'Nothing open.' } })).dismissReports)).toEqual(['CONFLICT:subject']);
    expect(await api.db.report.findFirst({ where: { offerId, status: 'DISMISSED' } })).not.toBeNull();

    const log = await admin.client.data(`{ moderation { actions(first: 10) { edges { node { kind subject reason actor { id } } } } } }`);
    expect(log.moderation.actions.edges.map((e: any) => `${e.node.kind} ${e.node.subject}`)).toEqual([
      'DISMISS OFFER',
      'UNHIDE OFFER',
      'UNHIDE NEED',
      'HIDE OFFER',
      'HIDE NEED',
      'UNHIDE COOP',
      'HIDE COOP',
    ]);
    const [first] = await api.db.moderationAction.findMany({ take: 1 });
    await expect(api.db.$executeRaw`UPDATE moderation_actions SET reason = 'rewritten' WHERE id = ${first!.id}::uuid`).rejects.toThrow(/append-only/);
    await expect(api.db.$executeRaw`DELETE FROM moderation_actions WHERE id = ${first!.id}::uuid`).rejects.toThrow(/append-only/);
    expect((await owner.client.data(`{ moderation { actions { edges { node { id } } } } }`)).moderation).toBeNull();
  });
});
