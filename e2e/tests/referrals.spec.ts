import { expect, test, type Browser, type Page } from '@playwright/test';
import { CoopFormPage, type Pitch } from '../pages/CoopFormPage';
import { LedgerPage } from '../pages/LedgerPage';
import { Mailbox } from '../pages/Mailbox';
import { ReferralFormPage, type Prospect } from '../pages/ReferralFormPage';
import { ReferralPage } from '../pages/ReferralPage';
import { SignUpPage } from '../pages/SignUpPage';

const run = Date.now().toString(36);

/** Signs a new person up in a browser of their own, confirms their address and adds their co-op. */
async function memberOfNewCoop(browser: Browser, name: string, pitch: Pitch): Promise<{ page: Page; coopPath: string }> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await page.goto('/sign-up');
  const email = `${name.toLowerCase()}.${run}@example.coop`;
  await new SignUpPage(page).signUp({ name, email, password: 'a long enough password' });
  // Passing a referral hands on a prospect's contact details, so it waits for a confirmed address.
  await new Mailbox(page).confirmEmail(email);
  await page.goto('/coops/new');
  const form = new CoopFormPage(page);
  await form.fill(pitch);
  await form.submit();
  await expect(page.getByRole('heading', { level: 1, name: pitch.name })).toBeVisible();
  return { page, coopPath: new URL(page.url()).pathname };
}

const printers: Pitch = {
  name: `Calder Print Co-op ${run}`,
  place: 'Hebden Bridge',
  provides: 'Risograph and digital printing for campaigns, zines and community events.',
  category: 'Printing and reproduction of recorded media',
  coopType: 'Worker co-op',
  whyBuy: 'Worker-owned, vegetable inks, recycled paper and honest quotes.',
  wantToTalkTo: 'Housing co-ops and campaign groups.',
  website: 'calderprint.example.coop',
  memberNotes: '',
};

const bookkeepers: Pitch = {
  name: `Ledger Lane Co-op ${run}`,
  place: 'Leeds',
  provides: 'Bookkeeping, payroll and year-end accounts for co-operatives and community businesses.',
  category: 'Bookkeeping activities',
  coopType: 'Worker co-op',
  whyBuy: 'We know co-op rules and community shares inside out.',
  wantToTalkTo: 'Housing co-ops that need their books kept.',
  website: 'ledgerlane.example.coop',
  memberNotes: '',
};

const prospect: Prospect = {
  what: 'Year-end accounts and monthly payroll for a forty-home housing co-op, starting in April.',
  name: `Morgan Ellis ${run}`,
  organisation: 'Calder Valley Housing Co-op',
  email: 'morgan@calder-housing.example.org',
  warmth: 'I introduced them',
  estimatedValue: 3000,
  note: 'Morgan is their treasurer; mention the print job we did for them.',
};

// The consent message from @principle-six/schema, as the form shows it.
const CONSENT_MESSAGE = 'Tick this only when the prospect knows this co-op will contact them.';

test.describe.serial('a referral passes from one co-op to another and is won', () => {
  let giver: Page;
  let giverCoopPath: string;
  let receiver: Page;
  let receiverCoopPath: string;
  let referralPath: string;

  test('the receiving co-op watches its received referrals, with none yet', async ({ browser }) => {
    ({ page: receiver, coopPath: receiverCoopPath } = await memberOfNewCoop(browser, 'Bea', bookkeepers));
    const ledger = new LedgerPage(receiver);
    await ledger.open(receiverCoopPath, '?tab=received');
    await expect(ledger.tab('Received')).toHaveAttribute('aria-selected', 'true');
    await expect(receiver.getByText('No referrals received yet.')).toBeVisible();
    await expect(receiver.getByRole('link', { name: 'Inbox', exact: true })).toBeVisible();
  });

  test("another co-op's member refers a prospect from the receiver's page; the form refuses it without consent first", async ({ browser }) => {
    ({ page: giver, coopPath: giverCoopPath } = await memberOfNewCoop(browser, 'Ade', printers));
    await giver.goto(receiverCoopPath);
    await giver.getByRole('link', { name: 'Refer business to them' }).click();
    const form = new ReferralFormPage(giver);
    await form.expectReceiver(bookkeepers.name);
    await form.fill(prospect);

    await form.submit();
    await expect(giver.getByText(CONSENT_MESSAGE)).toBeVisible();
    await expect(form.consent(bookkeepers.name)).toHaveAttribute('aria-invalid', 'true');
    await expect(giver).toHaveURL(/\/referrals\/new\?to=/);

    await form.consent(bookkeepers.name).check();
    await form.submit();
    await expect(giver).toHaveURL(/\/referrals\/[\w-]+$/);
    referralPath = new URL(giver.url()).pathname;
    const page = new ReferralPage(giver);
    await page.expectParties(printers.name, bookkeepers.name);
    await page.expectStage('Passed');
    await expect(page.actions().getByRole('button', { name: 'Withdraw' })).toBeVisible();
  });

  test('the receiver sees it arrive without reloading, accepts it, contacts the prospect and wins the work', async () => {
    // The ledger was opened before the referral existed: only the inbox subscription can bring it.
    await expect(receiver.getByRole('link', { name: /^Inbox, \d+ unread$/ })).toBeVisible();
    const ledger = new LedgerPage(receiver);
    const row = ledger.list('received').getByRole('link', { name: new RegExp(prospect.name) });
    await expect(row).toBeVisible();
    await expect(ledger.stat('Referrals received', 'Open')).toHaveText(/1$/);

    await row.click();
    await expect(receiver).toHaveURL(referralPath);
    const page = new ReferralPage(receiver);
    await page.expectParties(printers.name, bookkeepers.name);
    await expect(receiver.getByRole('region', { name: 'The prospect' })).toContainText(prospect.email!);
    await page.move('Accept', 'Accepted');
    await page.move('Mark contacted', 'Contacted');
    await page.markWon(2400);
    await expect(receiver.getByRole('region', { name: 'What it is about' })).toContainText('£2,400');
    await expect(receiver.getByRole('region', { name: 'How it went' })).toContainText('Business won: £2,400');
    await expect(page.actions()).toHaveCount(0);
  });

  test('the giver is thanked for £2,400 of business and its ledger credits it', async () => {
    await expect(giver.getByRole('link', { name: /^Inbox, \d+ unread$/ })).toBeVisible();
    await giver.getByRole('link', { name: /^Inbox/ }).click();
    const items = giver.getByRole('list', { name: 'Inbox items' });
    await expect(items).toContainText(`${bookkeepers.name} thanked ${printers.name} for £2,400 of business`);
    await items.getByRole('link', { name: /thanked .* £2,400/ }).click();
    await expect(giver).toHaveURL(referralPath);
    await new ReferralPage(giver).expectStage('Won');

    const ledger = new LedgerPage(giver);
    await ledger.open(giverCoopPath);
    await expect(ledger.stat('Referrals given', 'Won')).toHaveText(/1$/);
    await expect(ledger.stat('Referrals given', 'Conversion')).toHaveText(/100%$/);
    await expect(ledger.value('Business credited')).toContainText('£2,400');
    await expect(ledger.chart('Referrals per month').locator('svg.recharts-surface').first()).toBeVisible();
    await expect(ledger.list('given').getByRole('link', { name: new RegExp(prospect.name) })).toBeVisible();
  });

  test("the receiver's ledger counts the win, and its CSV has the referral", async () => {
    const ledger = new LedgerPage(receiver);
    await ledger.open(receiverCoopPath, '?tab=received&stages=WON');
    await expect(ledger.stat('Referrals received', 'Won')).toHaveText(/1$/);
    await expect(ledger.value('Business won')).toContainText('£2,400');
    await expect(receiver.getByRole('checkbox', { name: 'Won' })).toBeChecked();
    await expect(ledger.list('received').getByRole('link', { name: new RegExp(prospect.name) })).toBeVisible();
    await expect(ledger.chart('Referrals per month').locator('svg.recharts-surface').first()).toBeVisible();

    const csv = await ledger.downloadCsv();
    const row = csv.split(/\r?\n/).find((line) => line.includes(prospect.name));
    expect(row, 'a CSV row for the referral').toBeTruthy();
    expect(row).toContain(',received,');
    expect(row).toContain(',won,');
    expect(row).toContain(',2400,GBP,');
  });
});
