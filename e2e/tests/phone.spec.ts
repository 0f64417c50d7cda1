import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';

// A phone in portrait (an iPhone 15's CSS width).
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('the menu keeps Needs, Offers and the account links', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The header's links do not fit: they are behind the menu button.
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Open the menu' }).click();
  const menu = page.getByRole('dialog', { name: 'Menu' });
  await expect(menu.getByRole('link', { name: 'Needs' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Offers' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Join' })).toBeVisible();
  await expectAccessible(page, 'the phone menu');
  await menu.getByRole('link', { name: 'Offers' }).click();
  await expect(page).toHaveURL(/\/offers$/);
  await expect(menu).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'What co-ops offer each other' })).toBeVisible();
  await expectAccessible(page);
});

test('search shows results first, with the filters in a drawer', async ({ page }) => {
  await page.goto('/search?q=printing');
  await expect(page.getByRole('heading', { level: 1, name: 'Co-ops for “printing”' })).toBeVisible();
  const results = page.getByRole('region', { name: 'Results' }).getByRole('article');
  await expect(results.first()).toBeVisible();
  // The first result starts on the first screen, not below a column of filters.
  const box = await results.first().boundingBox();
  expect(box!.y).toBeLessThan(844);
  await expect(page.getByRole('complementary', { name: 'Filters' })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Filters' });
  // The URL, not the checkbox, holds the filter: click, then wait for the search to follow.
  const worker = drawer.getByRole('checkbox', { name: /^Worker co-op/ });
  await worker.click();
  await expect(page).toHaveURL(/q=printing&type=WORKER/);
  await expect(worker).toBeChecked();
  await expectAccessible(page, 'the search filters drawer');
  await drawer.getByRole('button', { name: /^Show \d[\d,]*\+? co-ops$/ }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
  await expect(results.first()).toBeVisible();
});
