import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SITEMAP_PAGE } from '../../src/http/crawlers';
import { postNeed, postOffer } from './support/postings';
import { createCoop, signUp } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';

// How the API serves the built web app to browsers and crawlers: caching, compression, source
// maps, robots.txt, sitemaps, and the title and preview tags of record pages.

const INDEX = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta name="description" content="Principle Six: co-operatives passing each other business." />
    <title>Principle Six</title>
  </head>
  <body><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script></body>
</html>`;

let api: TestApi;
let base: string;
let dist: string;
let coop: { id: string; slug: string; name: string };
let needId: string;
let offerId: string;

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'p6-web-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), INDEX);
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('co-operation '.repeat(400))});`);
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js.map'), '{"sources":["secret.ts"]}');
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  api = await startTestApi('postgres', { server: { webDist: dist }, services: { publicUrl: 'https://p6.example.org' } });
  base = api.endpoint.replace(/\/graphql$/, '');
  const owner = api.client();
  await signUp(owner, 'Ada');
  // A name with characters that mean something in HTML and in String.replace.
  coop = await createCoop(owner, { name: 'Bread & "Roses" <Co-op> $& $1' });
  needId = (await postNeed(owner, coop.id)).id;
  offerId = (await postOffer(owner, coop.id)).id;
});
afterAll(async () => {
  await api.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the built web app', () => {
  it('caches hashed assets for a year and compresses them', async () => {
    const res = await fetch(`${base}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    // fetch undoes the gzip; its length is the uncompressed file's.
    expect((await res.text()).length).toBeGreaterThan(4000);
  });

  it('answers a missing asset with 404, not the app', async () => {
    expect((await fetch(`${base}/assets/index-gone.js`)).status).toBe(404);
  });

  it('never serves source maps, even when the build left one', async () => {
    for (const disguised of ['/assets/index-abc123.js.map', '/assets/index-abc123.js.ma%70', '/assets/index-abc123.js%2Emap', '/ASSETS/index-abc123.js.MAP']) {
      expect({ disguised, status: (await fetch(`${base}${disguised}`)).status }).toEqual({ disguised, status: 404 });
    }
  });

  it('has the page revalidated on every visit, so a new release is picked up at once', async () => {
    const res = await fetch(`${base}/needs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<div id="root">');
    // Asked for by name, too: it names one release's files.
    expect((await fetch(`${base}/index.html`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('compresses GraphQL answers too', async () => {
    const res = await fetch(api.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: '{ categories { code name } }' }),
    });
    expect(res.headers.get('content-encoding')).toBe('br');
  });
});

/** The page's JSON-LD, parsed as a search engine reads it (null when there is none). */
function jsonLdIn(html: string): any {
  const found = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0] ? JSON.parse(found[0][1]!) : null;
}

describe('schema.org in the HTML the server sends', () => {
  it('describes a co-op as an Organization with its address, place, subjects and kind', async () => {
    const html = await (await fetch(`${base}/coops/${coop.slug}`)).text();
    // A value cannot close the script element: its < is escaped inside the JSON.
    expect(html).not.toMatch(/<Co-op>/);
    const data = jsonLdIn(html);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Bread & "Roses" <Co-op> $& $1',
      url: `https://p6.example.org/coops/${coop.slug}`,
      sameAs: 'https://calderprint.example.coop',
      additionalType: 'https://dev.lod.coop/essglobal/2.1/standard/organisational-structure/OS60',
      address: { '@type': 'PostalAddress', addressLocality: 'Hebden Bridge', postalCode: 'HX7 8AA', addressCountry: 'GB' },
      geo: { '@type': 'GeoCoordinates', latitude: expect.any(Number), longitude: expect.any(Number) },
      knowsAbout: ['Printing and reproduction of recorded media'],
    });
    // Contact details and members' notes are not public, so not here either.
    expect(JSON.stringify(data)).not.toMatch(/hello@calderprint|Door code/);
  });

  it('describes a need as a Demand its co-op seeks, and an offer as an Offer it makes', async () => {
    const need = jsonLdIn(await (await fetch(`${base}/needs/${needId}`)).text());
    expect(need).toMatchObject({
      '@type': 'Demand',
      name: 'Printing for our annual report',
      url: `https://p6.example.org/needs/${needId}`,
      validThrough: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      itemOffered: { '@type': 'Service', category: ['Printing and reproduction of recorded media'] },
      areaServed: { '@type': 'Place', name: 'Leeds' },
      priceSpecification: { maxPrice: 2000, priceCurrency: 'GBP' },
      '@reverse': { seeks: { '@type': 'Organization', url: `https://p6.example.org/coops/${coop.slug}` } },
    });
    const offer = jsonLdIn(await (await fetch(`${base}/offers/${offerId}`)).text());
    expect(offer).toMatchObject({
      '@type': 'Offer',
      name: 'Risograph printing for reports and zines',
      offeredBy: { '@type': 'Organization', name: 'Bread & "Roses" <Co-op> $& $1' },
    });
  });

  it('is left out of pages of no one record, and of missing ones', async () => {
    for (const path of ['/', '/needs', '/coops/no-such-co-op', '/search?q=print']) {
      expect({ path, jsonLd: jsonLdIn(await (await fetch(`${base}${path}`)).text()) }).toEqual({ path, jsonLd: null });
    }
  });
});

describe('link previews', () => {
  it('describe a co-op in the HTML the server sends, escaped', async () => {
    const html = await (await fetch(`${base}/coops/${coop.slug}`)).text();
    expect(html).toContain('<title>Bread &#38; &#34;Roses&#34; &#60;Co-op&#62; $&#38; $1, Hebden Bridge · Principle Six</title>');
    expect(html).toContain('<meta property="og:type" content="profile" />');
    expect(html).toContain(`<meta property="og:url" content="https://p6.example.org/coops/${coop.slug}" />`);
    expect(html).toContain(`<link rel="canonical" href="https://p6.example.org/coops/${coop.slug}" />`);
    expect(html).not.toContain('<Co-op>');
    // The first paint, before any script: the co-op's name as the page's heading, escaped.
    expect(html).toMatch(/<h1 [^>]*>Bread &#38; &#34;Roses&#34; &#60;Co-op&#62; \$&#38; \$1<\/h1>/);
    // One title and one description: replaced, not added beside the site's.
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);
  });

  it('describe a need with its title, its co-op and its description', async () => {
    const html = await (await fetch(`${base}/needs/${needId}`)).text();
    expect(html).toMatch(/<meta property="og:title" content="Need: Printing for our annual report \(Bread &#38; &#34;Roses&#34;/);
    expect(html).toContain('<meta property="og:description" content="About 500 copies');
  });

  it('answer 404 for a record that does not exist, with the app to say so', async () => {
    for (const missing of ['/coops/no-such-co-op', `/needs/00000000-0000-4000-8000-000000000000`, '/offers/not-an-id']) {
      const res = await fetch(`${base}${missing}`);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('<div id="root">');
    }
    // A path that is none of the app's pages is a 404 too, with the app to say so; its pages are 200.
    for (const missing of ['/no-such-page', '/coops/suma/nope', '/wp-login.php', '/admin/x']) {
      const res = await fetch(`${base}${missing}`);
      expect({ missing, status: res.status }).toEqual({ missing, status: 404 });
      expect(await res.text()).toContain('<div id="root">');
    }
    for (const page of ['/search?q=bread', '/sign-in', '/councils/new', '/referrals/new']) expect({ page, status: (await fetch(`${base}${page}`)).status }).toEqual({ page, status: 200 });
    // An address that is not even valid percent-encoding is refused by the router itself.
    expect((await fetch(`${base}/coops/%E0%A4%A`)).status).toBe(400);
  });

  it('leave other pages with the site’s own title', async () => {
    const html = await (await fetch(`${base}/coops/new`)).text();
    expect(html).toContain('<title>Principle Six</title>');
    expect(html).not.toContain('og:url');
  });
});

describe('crawlers', () => {
  it('get robots.txt that keeps them off private pages and points at the sitemap', async () => {
    const res = await fetch(`${base}/robots.txt`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('Disallow: /graphql');
    expect(text).toContain('Disallow: /inbox');
    expect(text).toContain('Sitemap: https://p6.example.org/sitemap.xml');
  });

  it('get a sitemap index with a file per kind of public page', async () => {
    const index = await (await fetch(`${base}/sitemap.xml`)).text();
    expect(index).toContain('<sitemapindex');
    for (const file of ['pages', 'coops-1', 'needs-1', 'offers-1']) expect(index).toContain(`https://p6.example.org/sitemaps/${file}.xml`);
    // No councils yet: no empty file for them.
    expect(index).not.toContain('councils-1');
  });

  it('find each co-op and open need with its last change', async () => {
    const coops = await (await fetch(`${base}/sitemaps/coops-1.xml`)).text();
    expect(coops).toContain(`<loc>https://p6.example.org/coops/${coop.slug}</loc>`);
    expect(coops).toMatch(/<lastmod>\d{4}-\d\d-\d\dT/);
    const needs = await (await fetch(`${base}/sitemaps/needs-1.xml`)).text();
    expect(needs).toContain(`/needs/${needId}</loc>`);
  });

  it('do not find a closed need, nor preview it', async () => {
    await api.db.need.update({ where: { id: needId }, data: { status: 'WITHDRAWN' } });
    try {
      expect((await fetch(`${base}/sitemaps/needs-1.xml`)).status).toBe(404);
      const page = await fetch(`${base}/needs/${needId}`);
      expect(page.status).toBe(404);
      expect(await page.text()).not.toContain('Printing for our annual report');
      expect(await (await fetch(`${base}/sitemap.xml`)).text()).not.toContain('needs-1');
    } finally {
      await api.db.need.update({ where: { id: needId }, data: { status: 'OPEN' } });
    }
  });

  it('get 404 for a page of the sitemap past the end, or a name that is not one', async () => {
    expect((await fetch(`${base}/sitemaps/coops-2.xml`)).status).toBe(404);
    expect((await fetch(`${base}/sitemaps/users-1.xml`)).status).toBe(404);
    expect((await fetch(`${base}/sitemaps/coops-0.xml`)).status).toBe(404);
    expect(SITEMAP_PAGE).toBe(50_000);
  });
});
