import { HIDE, siteAdmin, verifiedPerson, type Person } from './support/claims';
import { murmurationsErrors } from './support/murmurations-schemas';
import { CLOSE_NEED, postNeed, postOffer } from './support/postings';
import { createCoop } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * Murmurations profiles (issue 16): every public co-op and open need or offer has a profile that
 * validates against the Murmurations Library's own schemas, found through an index; nothing
 * private, closed, expired or hidden is ever in them.
 */

const PUBLIC_URL = 'https://p6.example.org';
const ORG = 'organizations_schema-v1.0.0';
const OW = 'offers_wants_schema-v0.1.0';

let api: TestApi;
let base: string;
let owner: Person;
let printers: { id: string; slug: string; name: string };
let noWebsite: { id: string; slug: string; name: string };
let hiddenCoop: { id: string; slug: string; name: string };
let councilSlug: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi('postgres', { services: { publicUrl: PUBLIC_URL } });
  base = api.endpoint.replace(/\/graphql$/, '');
  owner = await verifiedPerson(api, 'Murmur');
  printers = await createCoop(owner.client, { name: 'Murmur Print Co-op', address: '12 Mill Lane', categoryCodes: ['18', '58'] });
  noWebsite = await createCoop(owner.client, { name: 'Quiet Bakers', website: null, placeName: 'Leeds', postcode: null });
  hiddenCoop = await createCoop(owner.client, { name: 'Hidden Joinery' });
  const council = await api.db.council.create({ data: { slug: 'murmur-council', name: 'Murmur Council', description: 'A council.', area: 'Calderdale', timeZone: 'Europe/London' } });
  councilSlug = council.slug;
  await api.db.councilMember.create({ data: { councilId: council.id, coopId: printers.id, status: 'MEMBER', route: 'INVITED', joinedAt: new Date() } });

  ids.need = (await postNeed(owner.client, printers.id, { title: 'Bookkeeping for a print co-op' })).id;
  ids.anywhereNeed = (await postNeed(owner.client, noWebsite.id, { title: 'Flour from anywhere', area: { placeName: null, countryCode: null, radiusKm: null }, budgetAmount: null })).id;
  ids.offer = (await postOffer(owner.client, printers.id)).id;
  ids.closedNeed = (await postNeed(owner.client, printers.id, { title: 'A need since withdrawn' })).id;
  const closed = await owner.client.data(CLOSE_NEED, { input: { id: ids.closedNeed, outcome: 'WITHDRAWN' } });
  expect(closed.closeNeed.errors).toEqual([]);
  ids.expiredOffer = (await postOffer(owner.client, printers.id, { title: 'An offer that ran out' })).id;
  await api.db.offer.update({ where: { id: ids.expiredOffer }, data: { expiresAt: new Date(Date.now() - 60_000) } });
  ids.hiddenCoopNeed = (await postNeed(owner.client, hiddenCoop.id, { title: 'A need of a hidden co-op' })).id;
  const admin = await siteAdmin(api, 'MurmurAdmin');
  const hidden = await admin.client.data(HIDE, { input: { subject: { kind: 'COOP', id: hiddenCoop.id }, reason: 'Test of hiding.' } });
  expect(hidden.hideContent.errors).toEqual([]);
}, 90_000);
afterAll(() => api?.close());

async function getJson(path: string): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${base}${path}`);
  const text = await res.text();
  return { status: res.status, body: res.ok ? JSON.parse(text) : text, headers: res.headers };
}

describe('a co-op’s profile', () => {
  it('validates against organizations_schema-v1.0.0 and carries its public profile', async () => {
    const { status, body, headers } = await getJson(`/murmurations/coops/${printers.slug}.json`);
    expect(status).toBe(200);
    expect(murmurationsErrors(ORG, body)).toEqual([]);
    expect(body).toMatchObject({
      linked_schemas: [ORG],
      name: 'Murmur Print Co-op',
      primary_url: 'https://calderprint.example.coop',
      description: expect.stringContaining('Risograph'),
      country_iso_3166: 'GB',
      full_address: '12 Mill Lane, Hebden Bridge HX7 8AA, United Kingdom',
      urls: [{ name: 'Principle Six profile', url: `${PUBLIC_URL}/coops/${printers.slug}` }],
      relationships: [{ predicate_url: 'https://schema.org/memberOf', object_url: `${PUBLIC_URL}/councils/${councilSlug}` }],
    });
    expect(body.tags).toEqual(expect.arrayContaining(['Worker co-op', 'Printing and reproduction of recorded media', 'Publishing activities']));
    expect(body.geolocation).toEqual({ lat: expect.any(Number), lon: expect.any(Number) });
    expect(headers.get('link')).toBe('<https://opendatacommons.org/licenses/by/1-0/>; rel="license"');
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(new Date(headers.get('last-modified')!).getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
  });

  it('never carries contact details or members’ notes', async () => {
    const { body } = await getJson(`/murmurations/coops/${printers.slug}.json`);
    const text = JSON.stringify(body);
    expect(text).not.toContain('hello@calderprint.example.coop');
    expect(text).not.toContain('Door code');
    expect(text).not.toContain('contact_details');
  });

  it('of a co-op with no website of its own points at its page here', async () => {
    const { body } = await getJson(`/murmurations/coops/${noWebsite.slug}.json`);
    expect(murmurationsErrors(ORG, body)).toEqual([]);
    expect(body.primary_url).toBe(`${PUBLIC_URL}/coops/${noWebsite.slug}`);
    expect(body.relationships).toBeUndefined();
  });

  it('is not there for a hidden co-op, or one that does not exist', async () => {
    expect((await getJson(`/murmurations/coops/${hiddenCoop.slug}.json`)).status).toBe(404);
    expect((await getJson('/murmurations/coops/no-such-co-op.json')).status).toBe(404);
    expect((await getJson(`/murmurations/coops/${printers.slug}`)).status).toBe(404);
  });
});

describe('a need’s or an offer’s profile', () => {
  it('validates against offers_wants_schema-v0.1.0, a need as a want and an offer as an offer', async () => {
    const need = (await getJson(`/murmurations/needs/${ids.need}.json`)).body;
    expect(murmurationsErrors(OW, need)).toEqual([]);
    const row = await api.db.need.findUniqueOrThrow({ where: { id: ids.need } });
    expect(need).toMatchObject({
      linked_schemas: [OW],
      exchange_type: 'want',
      transaction_type: ['buy-sell'],
      title: 'Bookkeeping for a print co-op',
      geographic_scope: 'local',
      details_url: `${PUBLIC_URL}/needs/${ids.need}`,
      contact_details: { contact_form: `${PUBLIC_URL}/needs/${ids.need}` },
      expires_at: Math.floor(row.expiresAt.getTime() / 1000),
      tags: ['Printing and reproduction of recorded media'],
    });
    const offer = (await getJson(`/murmurations/offers/${ids.offer}.json`)).body;
    expect(murmurationsErrors(OW, offer)).toEqual([]);
    expect(offer).toMatchObject({ exchange_type: 'offer', title: 'Risograph printing for reports and zines' });
  });

  it('of a need wanted anywhere is international, and located by its co-op', async () => {
    const body = (await getJson(`/murmurations/needs/${ids.anywhereNeed}.json`)).body;
    expect(murmurationsErrors(OW, body)).toEqual([]);
    expect(body.geographic_scope).toBe('international');
    expect(body.geolocation).toEqual({ lat: expect.any(Number), lon: expect.any(Number) });
  });

  it('is not there once closed, expired or hidden', async () => {
    expect((await getJson(`/murmurations/needs/${ids.closedNeed}.json`)).status).toBe(404);
    expect((await getJson(`/murmurations/offers/${ids.expiredOffer}.json`)).status).toBe(404);
    expect((await getJson(`/murmurations/needs/${ids.hiddenCoopNeed}.json`)).status).toBe(404);
    // A need is not an offer.
    expect((await getJson(`/murmurations/offers/${ids.need}.json`)).status).toBe(404);
    expect((await getJson('/murmurations/needs/not-an-id.json')).status).toBe(404);
  });
});

describe('the checks can fail', () => {
  it('a profile missing what the schema requires, or with a value it refuses, is invalid', async () => {
    const coop = (await getJson(`/murmurations/coops/${printers.slug}.json`)).body;
    const { name: _name, ...nameless } = coop;
    expect(murmurationsErrors(ORG, nameless)).toEqual(["/ must have required property 'name'"]);
    expect(murmurationsErrors(ORG, { ...coop, country_iso_3166: 'UK' })).toEqual(['/country_iso_3166 must be equal to one of the allowed values']);
    const need = (await getJson(`/murmurations/needs/${ids.need}.json`)).body;
    expect(murmurationsErrors(OW, { ...need, exchange_type: 'swap' })).toEqual(['/exchange_type must be equal to one of the allowed values']);
  });
});

describe('the index', () => {
  it('lists every public profile with its last change, and each one it lists validates', async () => {
    const { status, body } = await getJson('/murmurations/index.json');
    expect(status).toBe(200);
    expect(body.next).toBeNull();
    const urls = body.data.map((e: any) => e.profile_url);
    expect(urls).toEqual(
      expect.arrayContaining([
        `${PUBLIC_URL}/murmurations/coops/${printers.slug}.json`,
        `${PUBLIC_URL}/murmurations/coops/${noWebsite.slug}.json`,
        `${PUBLIC_URL}/murmurations/needs/${ids.need}.json`,
        `${PUBLIC_URL}/murmurations/needs/${ids.anywhereNeed}.json`,
        `${PUBLIC_URL}/murmurations/offers/${ids.offer}.json`,
      ]),
    );
    for (const left of [hiddenCoop.slug, ids.closedNeed, ids.expiredOffer, ids.hiddenCoopNeed]) expect(urls.join(' ')).not.toContain(left);
    for (const entry of body.data) {
      expect(entry.last_updated).toEqual(expect.any(Number));
      const local = entry.profile_url.replace(PUBLIC_URL, '');
      const profile = (await getJson(local)).body;
      expect({ local, errors: murmurationsErrors(entry.linked_schemas[0], profile) }).toEqual({ local, errors: [] });
    }
    // Only co-ops made here: no register credit.
    expect(body.licence).toContain('ODC-By');
    expect(body.licence).not.toContain('Co-operatives UK');
  });

  it('goes on from a cursor, across kinds, and refuses a cursor it did not make', async () => {
    const all = (await getJson('/murmurations/index.json')).body.data.map((e: any) => e.profile_url);
    const firstCoop = await api.db.coop.findFirstOrThrow({ where: { hiddenAt: null }, orderBy: { id: 'asc' } });
    const after = (await getJson(`/murmurations/index.json?after=coops:${firstCoop.id}`)).body.data.map((e: any) => e.profile_url);
    expect(after).toEqual(all.slice(1));
    expect((await getJson('/murmurations/index.json?after=people:123')).status).toBe(400);
    expect((await getJson('/murmurations/index.json?after=')).status).toBe(400);
  });
});
