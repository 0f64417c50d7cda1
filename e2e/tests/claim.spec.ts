import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { Mailbox } from '../pages/Mailbox';
import { SignUpPage } from '../pages/SignUpPage';

/**
 * Claiming a co-op nobody runs (issue 15): a person signs up, claims a demo co-op and asks a site
 * administrator; the administrator, made one by the command line (pnpm admin:grant, run here
 * against the running app's embedded database, as an operator would), approves it; the person
 * writes the co-op's pitch.
 */

const run = Date.now().toString(36);
const person = (name: string) => ({ name, email: `${name.toLowerCase()}.${run}@example.coop`, password: 'a long enough password' });
const claimant = person('Cleo');
const admin = person('Ada');
const PHONE = { width: 390, height: 844 };

async function newPerson(browser: Browser, who: ReturnType<typeof person>): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/sign-up');
  await new SignUpPage(page).signUp(who);
  return page;
}

/** `pnpm admin:grant EMAIL` as typed from the repository root, against the app's data directory. */
async function grantAdmin(email: string): Promise<string> {
  // The app's embedded database, reached through the app while it runs (no DATABASE_URL).
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/site-admin.ts', 'grant', email], {
    cwd: path.resolve(__dirname, '../../apps/api'),
    env: { ...env, DATA_DIR: process.env.P6_E2E_DATA_DIR! },
    timeout: 60_000,
  });
  return stdout;
}

test.describe.serial('claiming a co-op from the directory', () => {
  let claimantPage: Page;
  let coop: { slug: string; name: string };

  test('a person signs up, confirms their address and claims a co-op nobody runs', async ({ browser }) => {
    claimantPage = await newPerson(browser, claimant);
    await new Mailbox(claimantPage).confirmEmail(claimant.email);
    // A demo co-op with no members, as the directory lists them.
    const response = await claimantPage.request.post('/graphql', {
      data: { query: '{ coops(first: 50) { edges { node { slug name claimable } } } }' },
    });
    const edges = (await response.json()).data.coops.edges as { node: { slug: string; name: string; claimable: boolean } }[];
    coop = edges.find((e) => e.node.claimable)!.node;

    await claimantPage.goto(`/coops/${coop.slug}`);
    const panel = claimantPage.getByRole('region', { name: 'Is this your co-op? Claim it' });
    await expect(panel).toBeVisible();
    await panel.getByRole('button', { name: 'Claim this co-op' }).click();
    await expect(claimantPage).toHaveURL(/\/claims\/[0-9a-f-]{36}$/);
    await expect(claimantPage.getByTestId('claim-status')).toHaveText('Waiting for proof');

    // The token for the website is there, with the instructions.
    await claimantPage.getByRole('button', { name: "A code on the co-op's website" }).click();
    await expect(claimantPage.getByTestId('claim-meta-tag')).toContainText('<meta name="principle-six-claim" content="p6-claim-');

    await claimantPage.getByRole('button', { name: 'Ask a site administrator' }).click();
    const note = claimantPage.getByRole('textbox', { name: 'Who are you at the co-op?' });
    await note.fill('Treasurer.');
    await claimantPage.getByRole('button', { name: 'Ask for approval' }).click();
    await expect(claimantPage.getByText('Write at least 20 characters for who you are at the co-op.')).toBeVisible();
    await note.fill('I am the treasurer; our registered number is on the Mutuals Public Register.');
    await claimantPage.getByRole('button', { name: 'Ask for approval' }).click();
    await expect(claimantPage.getByText(/^You asked on /)).toBeVisible();

    // Back on the co-op's page, the panel leads to the claim.
    await claimantPage.goto(`/coops/${coop.slug}`);
    await expect(claimantPage.getByRole('link', { name: 'Continue your claim' })).toBeVisible();
  });

  test('the site administrator, granted by the command line, approves it on a phone', async ({ browser }) => {
    const adminPage = await newPerson(browser, admin);
    // Only a confirmed address can be made an administrator.
    await new Mailbox(adminPage).confirmEmail(admin.email);
    // Not an administrator yet: the page says who it is for.
    await adminPage.goto('/admin');
    await expect(adminPage.getByRole('alert').filter({ hasText: 'This page is for site administrators' })).toBeVisible();

    expect(await grantAdmin(admin.email)).toContain('is now a site administrator');
    await adminPage.goto('/');
    await adminPage.getByRole('button', { name: `Account menu for ${admin.name}` }).click();
    await adminPage.getByRole('menuitem', { name: 'Administration' }).click();
    await expect(adminPage.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
    // The rest on a phone, where the phone menu has the link too.
    await adminPage.setViewportSize(PHONE);
    await adminPage.reload();

    const claim = adminPage.getByRole('article', { name: `Claim to ${coop.name}` });
    await expect(claim).toContainText('I am the treasurer');
    await expect(claim).toContainText(claimant.email);
    // Nothing wider than the phone.
    expect(await adminPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // By keyboard: the approve button, then the dialog's.
    await claim.getByRole('button', { name: 'Approve' }).focus();
    await adminPage.keyboard.press('Enter');
    const dialog = adminPage.getByRole('dialog', { name: `Approve the claim to ${coop.name}` });
    await dialog.getByRole('textbox', { name: 'A note for the log (optional)' }).fill('Checked the register.');
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await expect(adminPage.getByText(`Approved: they run ${coop.name} now.`)).toBeVisible();
    await expect(adminPage.getByText('No claims are waiting for approval.')).toBeVisible();

    await adminPage.getByRole('tab', { name: 'Log' }).click();
    await expect(adminPage.getByRole('cell', { name: 'approved: Checked the register.' })).toBeVisible();
  });

  test('the new owner hears of it and writes the pitch', async () => {
    await claimantPage.goto('/inbox');
    await expect(claimantPage.getByText(`Your claim to ${coop.name} was approved`)).toBeVisible();

    await claimantPage.goto(`/coops/${coop.slug}`);
    await expect(claimantPage.getByRole('region', { name: 'Is this your co-op? Claim it' })).toHaveCount(0);
    await claimantPage.getByRole('link', { name: 'Edit profile' }).click();
    const whyBuy = 'Owned by the people who bake every loaf, with flour milled twenty miles away.';
    const wantToTalkTo = 'Cafés and food co-ops that want fresh bread every morning.';
    await claimantPage.getByLabel('Why people should buy from you').fill(whyBuy);
    await claimantPage.getByLabel('Who you want to talk to').fill(wantToTalkTo);
    await claimantPage.getByRole('button', { name: 'Save changes' }).click();
    await expect(claimantPage).toHaveURL(`/coops/${coop.slug}`);
    await expect(claimantPage.getByText(whyBuy)).toBeVisible();
    await expect(claimantPage.getByText(wantToTalkTo)).toBeVisible();
  });
});
