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
  for (const text of await results(page).allInnerTexts()) expect(text).toContain('Worker co-op');

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
});
