import { expect, test, type Browser, type Page } from '@playwright/test';
import { CoopFormPage, type Pitch } from '../pages/CoopFormPage';
import { LedgerPage } from '../pages/LedgerPage';
import { Mailbox } from '../pages/Mailbox';
import { PostingFormPage } from '../pages/PostingFormPage';
import { ReferralFormPage, type Prospect } from '../pages/ReferralFormPage';
import { ReferralPage } from '../pages/ReferralPage';
import { SignUpPage } from '../pages/SignUpPage';
import { expectAccessible } from '../support/a11y';

const run = Date.now().toString(36);

/** Signs a new person up in a browser of their own, confirms their address and adds their co-op. */
async function memberOfNewCoop(
  browser: Browser,
  name: string,
  pitch: Pitch,
  options: { confirm: boolean } = { confirm: true },
): Promise<{ page: Page; coopPath: string; email: string }> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await page.goto('/sign-up');
  const email = `${name.toLowerCase()}.${pitch.name.split(' ').pop()}@example.coop`;
  await new SignUpPage(page).signUp({ name, email, password: 'a long enough password' });
  // Passing a referral hands on a prospect's contact details, so it waits for a confirmed address.
  if (options.confirm) await new Mailbox(page).confirmEmail(email);
  await page.goto('/coops/new');
  const form = new CoopFormPage(page);
  await form.fill(pitch);
  await form.submit();
  await expect(page.getByRole('heading', { level: 1, name: pitch.name })).toBeVisible();
  return { page, coopPath: new URL(page.url()).pathname, email };
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
  warmth: `I introduced the prospect to ${bookkeepers.name}`,
  estimatedValue: 3000,
  note: 'Morgan is their treasurer; mention the print job we did for them.',
};

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
    await expectAccessible(receiver);
    await expect(receiver.getByText('No referrals received yet.')).toBeVisible();
    await expect(receiver.getByRole('link', { name: 'Inbox', exact: true })).toBeVisible();
  });

  test("another co-op's member refers a prospect from the receiver's page; the form refuses it without consent first", async ({ browser }) => {
    ({ page: giver, coopPath: giverCoopPath } = await memberOfNewCoop(browser, 'Ade', printers));
    await giver.goto(receiverCoopPath);
    await giver.getByRole('link', { name: 'Refer business to them' }).click();
    const form = new ReferralFormPage(giver);
    await form.expectReceiver(bookkeepers.name);

    // The same link pasted into a new tab (no history state, nothing cached) still names the receiver.
    const pasted = await giver.context().newPage();
    await pasted.goto(giver.url());
    await new ReferralFormPage(pasted).expectReceiver(bookkeepers.name);
    await pasted.close();

    await form.fill(prospect);
    await form.submit();
    // Refused for the missing tick: said as what to do, and focus goes to the box.
    await expect(form.consentInstruction(bookkeepers.name)).toBeVisible();
    await expect(form.consent(bookkeepers.name)).toHaveAttribute('aria-invalid', 'true');
    await expect(form.consent(bookkeepers.name)).toBeFocused();
    await expect(giver).toHaveURL(/\/referrals\/new\?to=/);
    await expectAccessible(giver);

    await form.consent(bookkeepers.name).check();
    await form.submit();
    await expect(giver).toHaveURL(/\/referrals\/[\w-]+$/);
    await expectAccessible(giver);
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
    // The pressed button is gone: focus goes to the new stage.
    await expect(page.stageBadge('Accepted')).toBeFocused();
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
    // With nothing received, the ledger opens on what it gave.
    await expect(ledger.tab('Given')).toHaveAttribute('aria-selected', 'true');
    await expect(ledger.stat('Referrals given', 'Won')).toHaveText(/1$/);
    await expect(ledger.stat('Referrals given', 'Conversion')).toHaveText(/100%$/);
    await expect(ledger.value('Business credited')).toContainText('£2,400');
    await expect(ledger.chart('Referrals per month').locator('svg.recharts-surface').first()).toBeVisible();
    await expect(ledger.list('given').getByRole('link', { name: new RegExp(prospect.name) })).toBeVisible();
    await expectAccessible(giver);
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

/** A second set of co-ops, so that this journey's needs and matches are its own. */
const second = `${run}b`;
const shop: Pitch = {
  name: `Kirkgate Wholefoods ${second}`,
  place: 'Leeds',
  provides: 'Organic wholefoods, refills and local veg boxes.',
  category: 'Retail sale in non-specialised stores with food, beverages or tobacco predominating',
  coopType: 'Consumer co-op',
  whyBuy: 'Member-owned since 1979.',
  wantToTalkTo: 'Growers and bakers near Leeds.',
  website: 'kirkgate.example.coop',
  memberNotes: '',
};
const accountants: Pitch = { ...bookkeepers, name: `Ledger Lane Co-op ${second}` };
const recommenders: Pitch = { ...printers, name: `Calder Print Co-op ${second}` };

test.describe.serial("a need's co-op sees who was recommended for it, and passes a match a referral once", () => {
  let seeker: Page;
  let recommender: Page;
  let needPath: string;
  const needTitle = `Bookkeeping and payroll for our shop ${second}`;

  test('signed out, passing a referral asks to sign in and says why', async ({ page }) => {
    await page.goto('/referrals/new');
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await expect(page.getByText('Sign in to pass a referral.')).toBeVisible();
  });

  test('a co-op posts a need and a bookkeeper matches it', async ({ browser }) => {
    await memberOfNewCoop(browser, 'Pat', accountants);
    ({ page: seeker } = await memberOfNewCoop(browser, 'Quinn', shop));
    await seeker.getByRole('link', { name: 'Post a need' }).click();
    const form = new PostingFormPage(seeker);
    await form.fill({
      title: needTitle,
      description: 'We need a bookkeeper to run monthly payroll for twelve staff and prepare year-end accounts for the members.',
      category: 'Bookkeeping activities',
    });
    await seeker.getByLabel('Runs until').fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
    await form.submit('Post need');
    await expect(seeker.getByRole('heading', { level: 1, name: needTitle })).toBeVisible();
    await expectAccessible(seeker);
    needPath = new URL(seeker.url()).pathname;
    await expect(seeker.getByRole('article', { name: `Match: ${accountants.name}` })).toBeVisible({ timeout: 15_000 });
    await expect(seeker.getByRole('region', { name: 'Recommended for this need' })).toContainText('No co-op has recommended anyone');
  });

  // The recommender has not confirmed their address yet: the first try is refused in view, and
  // after confirming (in another tab) the same form goes through. One sign-up for both, as the
  // app's real limit of sign-ups an hour per address holds in these tests too.
  test('another co-op recommends the bookkeeper for the need, refused in view until its address is confirmed', async ({ browser }) => {
    const { page, email } = await memberOfNewCoop(browser, 'Ade', recommenders, { confirm: false });
    recommender = page;
    await recommender.goto(needPath);
    await recommender.getByRole('link', { name: 'I know who can do this' }).click();
    await expect(recommender.getByLabel('Organisation')).toHaveValue(shop.name);
    await expect(recommender.getByLabel("Prospect's name")).toHaveValue('');
    await recommender.getByRole('combobox', { name: 'To', exact: true }).fill(accountants.name);
    await recommender.getByRole('option', { name: new RegExp(`^${accountants.name}`) }).click();
    const form = new ReferralFormPage(recommender);
    await form.fill({
      what: 'Monthly payroll for twelve staff and year-end accounts, as their need says.',
      name: 'Sam Quinn',
      email: 'sam@kirkgate.example.org',
      warmth: `I vouched for ${accountants.name} to the prospect`,
    });
    await form.consent(accountants.name).check();
    await form.submit();
    const refusal = recommender.getByRole('alert').filter({ hasText: 'Confirm your email address to pass a referral' });
    await expect(refusal).toBeFocused();
    await expect(refusal).toBeInViewport();

    const mail = await recommender.context().newPage();
    await new Mailbox(mail).confirmEmail(email);
    await mail.close();
    await form.submit();
    await expect(recommender).toHaveURL(/\/referrals\/[\w-]+$/);
    await new ReferralPage(recommender).expectParties(recommenders.name, accountants.name);
  });

  test('the need’s co-op follows its inbox item to the recommendations on the need', async () => {
    await seeker.goto('/inbox');
    await seeker
      .getByRole('list', { name: 'Inbox items' })
      .getByRole('link', { name: `${recommenders.name} recommends ${accountants.name} for “${needTitle}”` })
      .click();
    await expect(seeker).toHaveURL(`${needPath}#recommendations`);
    const section = seeker.getByRole('region', { name: 'Recommended for this need' });
    await expect(section).toBeFocused();
    await expect(section).toContainText(`${recommenders.name} recommends ${accountants.name}`);
    await expect(section.getByRole('link', { name: accountants.name })).toHaveAttribute('href', /^\/coops\//);
  });

  test('the need’s co-op passes its match an internal referral, in its own words, and is not offered it twice', async () => {
    const match = seeker.getByRole('article', { name: `Match: ${accountants.name}` });
    await match.getByRole('link', { name: 'Pass as a referral' }).click();
    await expect(seeker.getByLabel("Contact's name")).toHaveValue('Quinn');
    await seeker.getByRole('radio', { name: `4 · We have already been introduced to ${accountants.name}` }).check();
    await seeker.getByRole('checkbox', { name: `We are expecting ${accountants.name} to contact us` }).check();
    await new ReferralFormPage(seeker).submit();
    await expect(seeker).toHaveURL(/\/referrals\/[\w-]+$/);
    await expect(seeker.getByRole('region', { name: 'What it is about' })).toContainText(`What ${shop.name} needs`);

    await seeker.goto(needPath);
    await expect(match.getByRole('link', { name: 'Referral passed: see how it goes' })).toBeVisible();
    await expect(match.getByRole('link', { name: 'Pass as a referral' })).toHaveCount(0);
  });
});
