import { expect, test, type Page } from '@playwright/test';

// Runs on the generated demo directory the app seeds on first start (300 co-ops, 40 places).
const results = (page: Page) => page.getByRole('region', { name: 'Results' }).getByRole('article');
const resultNames = async (page: Page) => results(page).getByRole('link').allInnerTexts();

test('search, filter, narrow to a place, and share the URL for the same results', async ({ page, browser }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search co-ops by what they provide' });
  await box.fill('printing');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=printing$/);
  await expect(page.getByRole('heading', { name: 'Co-ops for “printing”' })).toBeVisible();
  await expect(results(page).first()).toBeVisible();
  await expect(results(page).first().locator('mark').first()).toContainText(/print/i);

  const filters = page.getByRole('complementary', { name: 'Filters' });
  // The URL, not the checkbox, holds the filter: click, then wait for the search to follow.
  const worker = filters.getByRole('checkbox', { name: /^Worker co-op/ });
  await worker.click();
  await expect(page).toHaveURL(/type=WORKER/);
  await expect(worker).toBeChecked();
  await expect(results(page).first()).toContainText('Worker co-op');
  // The old results stay on screen (dimmed, aria-busy) until the new ones arrive.
  await expect(page.getByRole('region', { name: 'Results' })).toHaveAttribute('aria-busy', 'false');
  await expect
    .poll(async () => (await results(page).allInnerTexts()).every((text) => text.includes('Worker co-op')))
    .toBe(true);

  const near = page.getByRole('textbox', { name: 'Near' });
  await near.fill('Leeds');
  await page.getByRole('textbox', { name: 'Within (km)' }).fill('300');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/near=Leeds&km=300/);
  await expect(page.getByText(/within 300 km of Leeds, United Kingdom/)).toBeVisible();
  await expect(results(page).first()).toContainText('km');
  const shown = await resultNames(page);
  expect(shown.length).toBeGreaterThan(0);

  // The whole search is in the URL: a fresh browser opening it sees the same co-ops in order.
  const shared = page.url();
  const other = await (await browser.newContext()).newPage();
  await other.goto(shared);
  await expect(results(other).first()).toBeVisible();
  expect(await resultNames(other)).toEqual(shown);
  await expect(other.getByRole('checkbox', { name: /^Worker co-op/ })).toBeChecked();

  // Back returns to the search before the last step, filter still set.
  await page.goBack();
  await expect(page).not.toHaveURL(shared);
  await expect(page).toHaveURL(/q=printing&type=WORKER/);
  await expect(page.getByRole('heading', { name: 'Co-ops for “printing”' })).toBeVisible();
});

test('suggests categories while typing, usable from the keyboard', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search co-ops by what they provide' });
  await box.fill('bookkee');
  await expect(page.getByRole('option', { name: /Bookkeeping activities/ })).toBeVisible();
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?category=69202$/);
  // The demo directory files co-ops under classes too, so the class finds one.
  await expect(results(page).first()).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { name: /^Bookkeeping activities/ })).toBeChecked();
});

test('shows the results on a map that works with no map tiles, and keeps the map in the URL', async ({ page, browser }) => {
  // No tile server answers: the markers must still show (CI has no network either).
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await page.goto('/search?q=printing&near=Leeds&km=300');
  await expect(results(page).first()).toBeVisible();
  const listed = await resultNames(page);

  await page.getByText('Map', { exact: true }).click();
  await expect(page).toHaveURL(/view=map/);
  const map = page.getByRole('region', { name: 'Map of the results' });
  const markers = map.locator('.leaflet-marker-icon');
  await expect(markers.first()).toBeVisible();
  // Every co-op of the page is on the map; co-ops in one town share a marker that names them all.
  const titles = await markers.evaluateAll((icons) => icons.map((i) => i.getAttribute('title') ?? ''));
  expect(titles.join(', ').split(', ').sort()).toEqual([...listed].sort());

  // A marker opens from the keyboard, and its popup leads to the co-op.
  await markers.first().focus();
  await page.keyboard.press('Enter');
  const popup = map.locator('.leaflet-popup');
  await expect(popup).toBeVisible();
  const first = popup.getByRole('link').first();
  const name = await first.innerText();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // Back to the map, and a shared link opens on the map too.
  await page.goBack();
  await expect(markers.first()).toBeVisible();
  const other = await (await browser.newContext()).newPage();
  await other.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await other.goto(page.url());
  await expect(other.getByRole('region', { name: 'Map of the results' }).locator('.leaflet-marker-icon')).toHaveCount(
    await markers.count(),
  );
});

test('a request in plain words finds co-ops holding most of them, and says which words were dropped', async ({ page }) => {
  await page.goto('/search?q=printing%20leaflets%20for%20our%20allotment%20society');
  // No demo co-op mentions allotments: the search relaxes, and the page says so and names the words.
  const notice = page.getByRole('status').filter({ hasText: 'No co-op holds every word' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('“allotment”');
  await expect(results(page).first()).toBeVisible();
  await expect(results(page).first()).toContainText(/Lacks .*“allotment”/);
  await expect(results(page).first().locator('mark', { hasText: /print|leaflet/i }).first()).toBeVisible();
});

test('a misspelt request is offered the words corrected, and tabs count needs and offers for the same words', async ({ page }) => {
  await page.goto('/search?q=leaflet%20printnig');
  await expect(results(page).first()).toBeVisible();
  await page.getByText('Did you mean').getByRole('button', { name: 'leaflet printing' }).click();
  await expect(page).toHaveURL(/q=leaflet\+printing$/);
  await expect(page.getByRole('heading', { name: 'Co-ops for “leaflet printing”' })).toBeVisible();
  const tabs = page.getByRole('navigation', { name: 'Results for these words' });
  await expect(tabs.getByText(/^Co-ops \(\d/)).toBeVisible();
  await expect(tabs.getByRole('link', { name: /^Open needs \(\d+\)$/ })).toBeVisible();
  await tabs.getByRole('link', { name: /^Offers/ }).click();
  await expect(page).toHaveURL(/\/offers\?q=leaflet\+printing$/);
});
