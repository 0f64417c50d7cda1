import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';

// A first visit, signed out, on the demo network the app generates on first start.

test('from the front page to a need, to the co-op that posted it', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Co-ops doing business with co-ops' })).toBeVisible();
  await expect(page.getByText('You are looking at demo data')).toBeVisible();
  const needs = page.getByRole('region', { name: 'Who co-ops want to talk to this week' });
  await expect(needs.getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'The network in figures' })).toContainText('co-ops in the directory');
  await expectAccessible(page);

  const first = needs.getByRole('article').first();
  const title = await first.getByRole('link').first().innerText();
  const coopName = await first.getByRole('link').nth(1).innerText();
  await first.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(/\/needs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // The server describes the need for link previews before any script runs.
  const html = await (await page.request.get(page.url())).text();
  expect(html).toContain(`<meta property="og:title" content="Need: `);
  await expectAccessible(page);

  await page.getByRole('link', { name: coopName }).first().click();
  await expect(page).toHaveURL(/\/coops\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: coopName })).toBeVisible();
  await expectAccessible(page);
});

test('the public pages pass axe, signed out', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  for (const [path, heading] of [
    ['/directory', 'Co-ops in the network'],
    ['/search?q=printing', 'Co-ops for “printing”'],
    ['/needs', 'What co-ops are looking for'],
    ['/offers', 'What co-ops offer each other'],
    ['/councils', 'Councils and networks'],
    ['/network', null],
    ['/sign-in', null],
    ['/sign-up', null],
    ['/no-such-page', 'We could not find that page'],
  ] as const) {
    await page.goto(path);
    if (heading) await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    else await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
  // The demo council, with a meeting held and one coming.
  await page.goto('/councils');
  await page.getByRole('link', { name: /Co-operative Council$/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Co-operative Council$/ })).toBeVisible();
  await expectAccessible(page);
});

test('crawlers find robots.txt, a sitemap of public pages, and no source maps', async ({ request }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.headers()['content-type']).toContain('text/plain');
  expect(await robots.text()).toMatch(/Sitemap: \S+\/sitemap\.xml/);
  const index = await (await request.get('/sitemap.xml')).text();
  expect(index).toContain('/sitemaps/coops-1.xml');
  expect(index).toContain('/sitemaps/needs-1.xml');
  const coops = await (await request.get('/sitemaps/coops-1.xml')).text();
  expect(coops.match(/<loc>/g)?.length).toBeGreaterThanOrEqual(300);

  const page = await request.get('/');
  const script = /<script type="module" crossorigin src="([^"]+)"/.exec(await page.text())?.[1];
  expect(script).toBeTruthy();
  const asset = await request.get(script!, { headers: { 'accept-encoding': 'br, gzip' } });
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-encoding']).toMatch(/br|gzip/);
  expect(await asset.text()).not.toContain('sourceMappingURL');
  expect((await request.get(`${script}.map`)).status()).toBe(404);
});
