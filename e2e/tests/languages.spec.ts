import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';

test('a visitor switches to Welsh, and the choice stays after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  const main = page.getByRole('navigation', { name: 'Main' });
  await expect(main.getByRole('link', { name: 'Needs' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Cymraeg' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  const prif = page.getByRole('navigation', { name: 'Prif ddewislen' });
  await expect(prif.getByRole('link', { name: 'Anghenion' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Iaith' })).toHaveValue('cy');
  await expectAccessible(page, 'the front page in Welsh');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('navigation', { name: 'Prif ddewislen' }).getByRole('link', { name: 'Cynigion' })).toBeVisible();

  // A page loaded later comes in the chosen language too, its own strings fetched with it.
  await prif.getByRole('link', { name: 'Anghenion' }).click();
  await expect(page).toHaveURL(/\/needs$/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('What co-ops are looking for');
  await expectAccessible(page, 'the needs page in Welsh');

  await page.getByRole('combobox', { name: 'Iaith' }).selectOption({ label: 'English' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Needs' })).toBeVisible();
});

test.describe('a browser set to Welsh', () => {
  test.use({ locale: 'cy-GB' });

  test('is answered in Welsh from the first visit', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expect(page.getByRole('heading', { level: 1, name: "Ni allem ddod o hyd i'r dudalen honno" })).toBeVisible();
    await expect(page.getByRole('link', { name: "Mynd i'r dudalen flaen" })).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the language switch is in the menu', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the menu' }).click();
    const menu = page.getByRole('dialog', { name: 'Menu' });
    await menu.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Cymraeg' });
    const dewislen = page.getByRole('dialog', { name: 'Dewislen' });
    await expect(dewislen.getByRole('link', { name: 'Anghenion' })).toBeVisible();
    await expect(dewislen.getByRole('link', { name: 'Mewngofnodi' })).toBeVisible();
    await expectAccessible(page, 'the phone menu in Welsh');
  });
});
