import { XMLParser } from 'fast-xml-parser';
import { findCategory } from '@principle-six/taxonomy';
import { COOPS_UK_CREDIT, COOPS_UK_SOURCE, licenceHeaders, licenceStatement } from '../../src/modules/open-data/licence';
import { HIDE, siteAdmin, succeed, verifiedPerson, type Person } from './support/claims';
import { CLOSE_NEED, postNeed, postOffer } from './support/postings';
import { createCoop } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * Atom and RSS feeds of new open needs and offers (issue 16): read back with an XML parser, as a
 * feed reader would, and checked for what is in them and what must never be.
 */

const PUBLIC_URL = 'https://p6.example.org';
const FEEDS = ['needs.atom', 'needs.rss', 'offers.atom', 'offers.rss', 'postings.atom', 'postings.rss'] as const;
const DAY = 86_400_000;

/** Words that appear only in what must stay private, so that finding one anywhere is a leak. */
const SECRET = {
  memberNotes: 'Members only: the spare key is under the blue plant pot.',
  contactEmail: 'private-desk@feedtest.example.coop',
  contactPhone: '0113 496 0999',
  closed: 'Withdrawn wagonwheel need',
  expired: 'Expired eiderdown need',
  hidden: 'Hidden hornbeam need',
  ofHiddenCoop: 'Hidden co-op honeycomb need',
  hiddenOffer: 'Hidden hornbeam offer',
} as const;

/** A description with markup and CDATA ends, which must stay words in every reader. */
const AWKWARD_DESCRIPTION = 'Bring <b>two</b> crates & a van ]]> not three ]]><script>alert(1)</script> "quoted" and \'apostrophes\'.';

let api: TestApi;
let base: string;
let admin: Person;
let owner: Person;
let coop: { id: string; slug: string; name: string };
let registerCoop: { id: string; slug: string; name: string };
/** Open, public, in Leeds, category 18: present wherever its filters allow. */
let controlNeedId: string;
/** Open, public, anywhere: its co-op is in Bristol. */
let anywhereNeedId: string;
let awkwardNeedId: string;
let controlOfferId: string;
let registerOfferId: string;

const REPEATED = new Set([
  'feed.link',
  'feed.entry',
  'feed.entry.link',
  'feed.entry.author',
  'feed.entry.category',
  'rss.channel.atom:link',
  'rss.channel.item',
  'rss.channel.item.author',
  'rss.channel.item.category',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Elements that may repeat are arrays even when a feed holds only one.
  isArray: (_name, path) => REPEATED.has(String(path)),
});

interface Fetched {
  status: number;
  headers: Headers;
  text: string;
}

async function get(path: string): Promise<Fetched> {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** A feed, fetched and parsed; fails the test unless it is a 200 of well-formed XML. */
async function feed(path: string) {
  const res = await get(path);
  expect({ path, status: res.status }).toEqual({ path, status: 200 });
  return { ...res, xml: parser.parse(res.text, true) };
}

const atomEntries = (xml: any): any[] => xml.feed.entry ?? [];
const rssItems = (xml: any): any[] => xml.rss.channel.item ?? [];
const entryIds = (xml: any) => atomEntries(xml).map((e) => e.id as string);
const itemGuids = (xml: any) => rssItems(xml).map((i) => i.guid['#text'] as string);
const needUrl = (id: string) => `${PUBLIC_URL}/needs/${id}`;
const offerUrl = (id: string) => `${PUBLIC_URL}/offers/${id}`;

/** What a reader shows of a field the feed declares as HTML. */
function htmlToText(html: string): string {
  return html.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));
}

beforeAll(async () => {
  api = await startTestApi('postgres', { services: { publicUrl: PUBLIC_URL } });
  base = api.endpoint.replace(/\/graphql$/, '');
  admin = await siteAdmin(api, 'FeedModerator');
  owner = await verifiedPerson(api, 'FeedOwner');
  coop = await createCoop(owner.client, {
    name: 'Bread & <Roses> Feed Co-op',
    placeName: 'Bristol',
    postcode: null,
    memberNotes: SECRET.memberNotes,
    contactEmail: SECRET.contactEmail,
    contactPhone: SECRET.contactPhone,
  });

  controlNeedId = (await postNeed(owner.client, coop.id, { title: 'Open control need for print' })).id;
  anywhereNeedId = (await postNeed(owner.client, coop.id, { title: 'Open need from anywhere', categoryCodes: ['62'], area: { placeName: null, countryCode: null, radiusKm: null } })).id;
  awkwardNeedId = (await postNeed(owner.client, coop.id, { title: 'Need with <awkward> words & marks', description: AWKWARD_DESCRIPTION })).id;
  controlOfferId = (await postOffer(owner.client, coop.id, { title: 'Open control offer of print' })).id;

  const closed = await postNeed(owner.client, coop.id, { title: SECRET.closed });
  await succeed(owner.client, CLOSE_NEED, { input: { id: closed.id, outcome: 'WITHDRAWN' } }, 'closeNeed');
  const expired = await postNeed(owner.client, coop.id, { title: SECRET.expired });
  await api.db.need.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - DAY) } });
  const hidden = await postNeed(owner.client, coop.id, { title: SECRET.hidden });
  await succeed(admin.client, HIDE, { input: { subject: { kind: 'NEED', id: hidden.id }, reason: 'An advert, not a need.' } }, 'hideContent');
  const hiddenOffer = await postOffer(owner.client, coop.id, { title: SECRET.hiddenOffer });
  await succeed(admin.client, HIDE, { input: { subject: { kind: 'OFFER', id: hiddenOffer.id }, reason: 'An advert, not an offer.' } }, 'hideContent');

  const hiddenOwner = await verifiedPerson(api, 'HiddenFeedOwner');
  const hiddenCoop = await createCoop(hiddenOwner.client, { name: 'Hidden Feed Co-op' });
  await postNeed(hiddenOwner.client, hiddenCoop.id, { title: SECRET.ofHiddenCoop });
  await succeed(admin.client, HIDE, { input: { subject: { kind: 'COOP', id: hiddenCoop.id }, reason: 'Copied another co-op’s profile.' } }, 'hideContent');

  // A co-op from Co-operatives UK's register, which has claimed its profile and posts an offer.
  const registerOwner = await verifiedPerson(api, 'RegisterOwner');
  registerCoop = await createCoop(registerOwner.client, { name: 'Register Feed Co-op', placeName: 'Leeds' });
  await api.db.coop.update({ where: { id: registerCoop.id }, data: { source: COOPS_UK_SOURCE, sourceId: `FEED${process.pid}` } });
  registerOfferId = (await postOffer(registerOwner.client, registerCoop.id, { title: 'Register co-op offer of bookkeeping', categoryCodes: ['69'] })).id;
}, 120_000);
afterAll(() => api?.close());

describe('the needs feed in Atom', () => {
  it('lists each open need with its link, date, co-op and categories', async () => {
    const { xml, headers } = await feed('/feeds/needs.atom');
    expect(headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(xml.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(xml.feed.title).toBe('Needs · Principle Six');
    expect(xml.feed.id).toBe(`${PUBLIC_URL}/feeds/needs.atom`);
    expect(xml.feed.link).toEqual(
      expect.arrayContaining([
        { '@_rel': 'alternate', '@_href': `${PUBLIC_URL}/needs` },
        { '@_rel': 'self', '@_href': `${PUBLIC_URL}/feeds/needs.atom` },
      ]),
    );
    expect(entryIds(xml)).toEqual(expect.arrayContaining([needUrl(controlNeedId), needUrl(anywhereNeedId), needUrl(awkwardNeedId)]));

    const stored = await api.db.need.findUniqueOrThrow({ where: { id: controlNeedId } });
    const entry = atomEntries(xml).find((e) => e.id === needUrl(controlNeedId));
    expect(htmlToText(entry.title['#text'])).toBe('Need: Open control need for print');
    expect(entry.link).toEqual([{ '@_href': needUrl(controlNeedId) }]);
    expect(new Date(entry.updated).getTime()).toBe(stored.createdAt.getTime());
    expect(new Date(entry.published).getTime()).toBe(stored.createdAt.getTime());
    expect(htmlToText(entry.summary['#text'])).toBe(stored.description);
    expect(entry.author).toEqual([{ name: coop.name, uri: `${PUBLIC_URL}/coops/${coop.slug}` }]);
    expect(entry.category).toEqual([{ '@_term': '18', '@_label': findCategory('18')!.name }]);
  });

  it('puts the newest first, and is as new as its newest need', async () => {
    const { xml } = await feed('/feeds/needs.atom');
    const dates = atomEntries(xml).map((e) => new Date(e.updated).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Date(xml.feed.updated).getTime()).toBe(dates[0]);
    // The last need posted in the setup that is still open.
    expect(atomEntries(xml)[0].id).toBe(needUrl(awkwardNeedId));
  });

  it('keeps a posting’s words as words: markup and CDATA ends are escaped, not obeyed', async () => {
    const { xml, text } = await feed('/feeds/needs.atom');
    const entry = atomEntries(xml).find((e) => e.id === needUrl(awkwardNeedId));
    expect(entry.summary['@_type']).toBe('html');
    expect(htmlToText(entry.summary['#text'])).toBe(AWKWARD_DESCRIPTION);
    expect(htmlToText(entry.title['#text'])).toBe('Need: Need with <awkward> words & marks');
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<awkward>');
  });
});

describe('the needs feed in RSS', () => {
  it('lists the same needs, with guids, dates, authors and categories', async () => {
    const { xml, headers } = await feed('/feeds/needs.rss');
    expect(headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const channel = xml.rss.channel;
    expect(xml.rss['@_version']).toBe('2.0');
    expect(channel.title).toBe('Needs · Principle Six');
    expect(channel.link).toBe(`${PUBLIC_URL}/needs`);
    expect(channel['atom:link']).toEqual([{ '@_href': `${PUBLIC_URL}/feeds/needs.rss`, '@_rel': 'self', '@_type': 'application/rss+xml' }]);
    expect(itemGuids(xml)).toEqual(expect.arrayContaining([needUrl(controlNeedId), needUrl(anywhereNeedId)]));

    const stored = await api.db.need.findUniqueOrThrow({ where: { id: anywhereNeedId } });
    const item = rssItems(xml).find((i) => i.guid['#text'] === needUrl(anywhereNeedId));
    expect(item.link).toBe(needUrl(anywhereNeedId));
    expect(htmlToText(item.title)).toBe('Need: Open need from anywhere');
    expect(htmlToText(item.description)).toBe(stored.description);
    // RFC 822 dates carry whole seconds.
    expect(new Date(item.pubDate).getTime()).toBe(Math.floor(stored.createdAt.getTime() / 1000) * 1000);
    expect(item.author).toEqual([coop.name]);
    expect(item.category).toEqual([findCategory('62')!.name]);
    expect(new Date(channel.lastBuildDate).getTime()).toBe(new Date(rssItems(xml)[0].pubDate).getTime());
  });
});

describe('offers and both kinds together', () => {
  it('lists offers as offers, and both kinds in the postings feeds', async () => {
    const offers = await feed('/feeds/offers.atom');
    expect(offers.xml.feed.title).toBe('Offers · Principle Six');
    expect(entryIds(offers.xml)).toEqual(expect.arrayContaining([offerUrl(controlOfferId), offerUrl(registerOfferId)]));
    expect(entryIds(offers.xml).every((id) => id.startsWith(`${PUBLIC_URL}/offers/`))).toBe(true);
    const offer = atomEntries(offers.xml).find((e) => e.id === offerUrl(controlOfferId));
    expect(htmlToText(offer.title['#text'])).toBe('Offer: Open control offer of print');

    for (const path of ['/feeds/postings.atom', '/feeds/postings.rss']) {
      const { xml } = await feed(path);
      const ids = path.endsWith('.atom') ? entryIds(xml) : itemGuids(xml);
      expect(ids).toEqual(expect.arrayContaining([needUrl(controlNeedId), offerUrl(controlOfferId), offerUrl(registerOfferId)]));
    }
    expect((await feed('/feeds/postings.rss')).xml.rss.channel.title).toBe('Needs and offers · Principle Six');
  });
});

describe('filters', () => {
  it('narrow to a category, its subcategories included, and say so in the title', async () => {
    const printing = findCategory('18')!.name;
    const division = await feed('/feeds/needs.atom?category=18');
    expect(division.xml.feed.title).toBe(`Needs: ${printing} · Principle Six`);
    expect(division.xml.feed.id).toBe(`${PUBLIC_URL}/feeds/needs.atom?category=18`);
    expect(entryIds(division.xml)).toContain(needUrl(controlNeedId));
    expect(entryIds(division.xml)).not.toContain(needUrl(anywhereNeedId));

    // Division 18 is in section C: its postings are in the section's feed too.
    const section = await feed(`/feeds/needs.rss?category=${findCategory('18')!.parentCode}`);
    expect(itemGuids(section.xml)).toContain(needUrl(controlNeedId));
    expect(section.xml.rss.channel['atom:link'][0]['@_href']).toBe(`${PUBLIC_URL}/feeds/needs.rss?category=C`);

    const computing = await feed('/feeds/postings.atom?category=62');
    expect(entryIds(computing.xml)).toEqual([needUrl(anywhereNeedId)]);
  });

  it('narrow to a place, whatever its case: the posting’s own, else its co-op’s', async () => {
    const leeds = await feed('/feeds/needs.atom?place=leeds');
    expect(leeds.xml.feed.title).toBe('Needs in Leeds · Principle Six');
    expect(entryIds(leeds.xml)).toContain(needUrl(controlNeedId));
    expect(entryIds(leeds.xml)).not.toContain(needUrl(anywhereNeedId));

    // The need for anywhere is its co-op's, in Bristol; the co-op's needs in Leeds are not.
    const bristol = await feed('/feeds/needs.rss?place=BRISTOL');
    expect(bristol.xml.rss.channel.title).toBe('Needs in Bristol · Principle Six');
    expect(itemGuids(bristol.xml)).toEqual([needUrl(anywhereNeedId)]);

    const both = await feed('/feeds/offers.atom?category=69&place=Leeds');
    expect(both.xml.feed.title).toBe(`Offers: ${findCategory('69')!.name}, in Leeds · Principle Six`);
    expect(entryIds(both.xml)).toEqual([offerUrl(registerOfferId)]);
  });

  it('give a valid, empty feed for a place with nothing in it, and take no wildcards', async () => {
    for (const place of ['Nowhere%20Upon%20Sea', '%25', '_____']) {
      const atom = await feed(`/feeds/postings.atom?place=${place}`);
      expect(atomEntries(atom.xml)).toEqual([]);
      expect(atom.xml.feed.id).toMatch(/^https:\/\/p6\.example\.org\/feeds\/postings\.atom\?place=/);
      const rss = await feed(`/feeds/postings.rss?place=${place}`);
      expect(rssItems(rss.xml)).toEqual([]);
    }
  });
});

describe('the licence', () => {
  it('is in every feed and its Link header, crediting Co-operatives UK only when its co-ops are in it', async () => {
    for (const name of FEEDS) {
      const { headers } = await feed(`/feeds/${name}`);
      expect(headers.get('link')).toBe(licenceHeaders().Link);
      expect(headers.get('cache-control')).toBe('public, max-age=300');
    }
    // No need comes from a register co-op; its offer does.
    expect((await feed('/feeds/needs.atom')).xml.feed.rights).toBe(licenceStatement(false));
    expect((await feed('/feeds/needs.rss')).xml.rss.channel.copyright).toBe(licenceStatement(false));
    expect((await feed('/feeds/offers.atom')).xml.feed.rights).toBe(licenceStatement(true));
    expect((await feed('/feeds/postings.rss')).xml.rss.channel.copyright).toContain(COOPS_UK_CREDIT);
    // Filtered to the other co-op's offers alone, the credit goes.
    expect((await feed('/feeds/offers.atom?category=18')).xml.feed.rights).toBe(licenceStatement(false));
  });
});

describe('refusals', () => {
  it('answer an unknown category with 400 and a sentence, and an unknown feed with 404', async () => {
    const unknown = await get('/feeds/needs.atom?category=ZZ9');
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(unknown.text).toContain('There is no category "ZZ9"');

    const twice = await get('/feeds/needs.rss?category=18&category=62');
    expect(twice.status).toBe(400);
    expect(twice.text).toContain('once');

    for (const missing of ['/feeds/needs.json', '/feeds/coops.atom', '/feeds/needs.atom.rss', '/feeds/NEEDS.atom']) {
      const res = await get(missing);
      expect({ missing, status: res.status }).toEqual({ missing, status: 404 });
    }
  });
});

describe('nothing private leaks', () => {
  it('into any of the six feeds: closed, expired and hidden postings, hidden co-ops, notes and contact details', async () => {
    // The co-op's private fields as stored (a phone number is stored as it was written, but this
    // does not rely on it), each of which must be there to be leaked.
    const stored = await api.db.coop.findUniqueOrThrow({ where: { id: coop.id }, select: { memberNotes: true, contactEmail: true, contactPhone: true } });
    expect(stored).toEqual({ memberNotes: SECRET.memberNotes, contactEmail: SECRET.contactEmail, contactPhone: expect.stringContaining('496') });
    const titles = (await api.db.need.findMany({ select: { title: true } })).map((n) => n.title);
    expect(titles).toEqual(expect.arrayContaining([SECRET.closed, SECRET.expired, SECRET.hidden, SECRET.ofHiddenCoop]));
    const secrets = { ...SECRET, ...stored, ownerEmail: owner.email };

    const feeds = [...FEEDS.map((name) => `/feeds/${name}`), '/feeds/postings.atom?place=Bristol', '/feeds/needs.rss?category=18'];
    for (const path of feeds) {
      const { text } = await feed(path);
      // Each feed shows an open control posting of the same co-op, so the checks below can fail.
      const control = path.includes('offers') ? controlOfferId : path.includes('place=Bristol') ? anywhereNeedId : controlNeedId;
      expect({ path, control: text.includes(control) }).toEqual({ path, control: true });
      expect({ path, coopName: text.includes('Bread &amp; &lt;Roses&gt; Feed Co-op') }).toEqual({ path, coopName: true });
      for (const [what, secret] of Object.entries(secrets)) {
        expect({ path, what, leaked: text.toLowerCase().includes(String(secret).toLowerCase()) }).toEqual({ path, what, leaked: false });
      }
    }
  });
});
