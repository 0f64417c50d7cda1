import { expect, test, type Browser, type Page } from '@playwright/test';
import { CoopFormPage, type Pitch } from '../pages/CoopFormPage';
import { PostingFormPage } from '../pages/PostingFormPage';
import { Mailbox } from '../pages/Mailbox';
import { SignUpPage } from '../pages/SignUpPage';
import { expectAccessible } from '../support/a11y';

const run = Date.now().toString(36);

async function memberOfNewCoop(browser: Browser, name: string, pitch: Pitch): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/sign-up');
  const email = `${name.toLowerCase()}.${run}@example.coop`;
  await new SignUpPage(page).signUp({ name, email, password: 'a long enough password' });
  // Introductions carry the co-op's contact details, so they wait for a confirmed address.
  await new Mailbox(page).confirmEmail(email);
  await page.goto('/coops/new');
  const form = new CoopFormPage(page);
  await form.fill(pitch);
  await form.submit();
  await expect(page.getByRole('heading', { level: 1, name: pitch.name })).toBeVisible();
  return page;
}

const bookkeepers: Pitch = {
  name: `Ledger Lane Co-op ${run}`,
  place: 'Leeds',
  provides: 'Bookkeeping, payroll and year-end accounts for co-operatives and community businesses.',
  category: 'Bookkeeping activities',
  coopType: 'Worker co-op',
  whyBuy: 'We know co-op rules and community shares inside out.',
  wantToTalkTo: 'Food co-ops and housing co-ops that need their books kept.',
  website: 'ledgerlane.example.coop',
  memberNotes: '',
};

const grocers: Pitch = {
  name: `Kirkgate Wholefoods ${run}`,
  place: 'Leeds',
  provides: 'Organic wholefoods, refills and local veg boxes.',
  category: 'Retail sale in non-specialised stores with food, beverages or tobacco predominating',
  coopType: 'Consumer co-op',
  whyBuy: 'Member-owned since 1979.',
  wantToTalkTo: 'Growers and bakers near Leeds.',
  website: 'kirkgate.example.coop',
  memberNotes: '',
};

test.describe.serial('two co-ops meet through a need', () => {
  let provider: Page;
  let seeker: Page;
  let needPath: string;

  test('the provider co-op is on its "for you" page, with nothing for it yet', async ({ browser }) => {
    provider = await memberOfNewCoop(browser, 'Pat', bookkeepers);
    await provider.getByRole('link', { name: 'For you' }).click();
    await expect(provider.getByRole('heading', { level: 1, name: `For ${bookkeepers.name}` })).toBeVisible();
    await expectAccessible(provider);
    await expect(provider.getByText('No open need fits your offers or profile yet.')).toBeVisible();
    await expect(provider.getByRole('link', { name: 'Inbox', exact: true })).toBeVisible();
  });

  test('another co-op posts a need; a past end date is refused first, and the need finds the provider', async ({ browser }) => {
    seeker = await memberOfNewCoop(browser, 'Quinn', grocers);
    await seeker.getByRole('link', { name: 'Post a need' }).click();
    await expect(seeker.getByRole('heading', { name: 'Who do you want to talk to?' })).toBeVisible();
    await expectAccessible(seeker);
    const form = new PostingFormPage(seeker);
    await form.fill({
      title: 'Bookkeeping and payroll for our shop',
      description: 'We need a bookkeeper to run monthly payroll for twelve staff and prepare year-end accounts for the members.',
      category: 'Bookkeeping activities',
    });
    await seeker.getByLabel('Runs until').fill('2020-01-01');
    await form.submit('Post need');
    await expect(seeker.getByText('Choose a day in the future.')).toBeVisible();
    await expect(seeker).toHaveURL(/\/needs\/new$/);

    const nextMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await seeker.getByLabel('Runs until').fill(nextMonth);
    await form.submit('Post need');
    await expect(seeker.getByRole('heading', { level: 1, name: 'Bookkeeping and payroll for our shop' })).toBeVisible();
    await expectAccessible(seeker);
    needPath = new URL(seeker.url()).pathname;
    expect(needPath).toMatch(/^\/needs\/[\w-]+$/);

    const match = seeker.getByRole('article', { name: `Match: ${bookkeepers.name}` });
    await expect(match).toBeVisible({ timeout: 15_000 });
    await expect(match.getByRole('list', { name: 'Why this match' })).toContainText('payroll');
  });

  test('the provider sees the match arrive live, without reloading, and introduces itself', async () => {
    // The page was opened before the need existed: only the subscription can have brought it.
    const badge = provider.getByRole('link', { name: /^Inbox, \d+ unread$/ });
    await expect(badge).toBeVisible({ timeout: 15_000 });
    const match = provider.getByRole('article', { name: `Match: ${grocers.name}` });
    await expect(match).toBeVisible();
    await expect(match.getByRole('link', { name: 'Bookkeeping and payroll for our shop' })).toHaveAttribute('href', needPath);

    await match.getByRole('button', { name: 'Introduce us' }).click();
    const dialog = provider.getByRole('dialog', { name: `Introduce your co-op to ${grocers.name}` });
    await dialog.getByLabel('Message').fill('Hi');
    await dialog.getByRole('button', { name: 'Send introduction' }).click();
    await expect(dialog.getByText('Write at least 10 characters for a message.')).toBeVisible();
    await dialog.getByLabel('Message').fill('We keep the books for six food co-ops in Leeds. Shall we talk on Tuesday?');
    await dialog.getByRole('button', { name: 'Send introduction' }).click();
    await expect(dialog).toBeHidden();
    await expect(match.getByText('Introduced')).toBeVisible();
  });

  test('the need\'s co-op hears of the introduction in its inbox, with the message', async () => {
    await expect(seeker.getByRole('link', { name: /^Inbox, \d+ unread$/ })).toBeVisible({ timeout: 15_000 });
    await seeker.getByRole('link', { name: /^Inbox/ }).click();
    const items = seeker.getByRole('list', { name: 'Inbox items' });
    await expect(items).toContainText('We keep the books for six food co-ops in Leeds.');
    await expect(items.getByRole('link', { name: bookkeepers.name, exact: true })).toBeVisible();
    await seeker.getByRole('button', { name: 'Mark all read' }).click();
    await expect(seeker.getByRole('link', { name: 'Inbox', exact: true })).toBeVisible();
  });

  test('a visitor browses open needs without contact details and without matches', async ({ browser }) => {
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto('/needs?q=payroll');
    await expect(visitor.getByRole('textbox', { name: 'Words' })).toHaveValue('payroll');
    await visitor.getByRole('link', { name: 'Bookkeeping and payroll for our shop' }).click();
    await expect(visitor).toHaveURL(needPath);
    await expect(visitor.getByRole('heading', { level: 1, name: 'Bookkeeping and payroll for our shop' })).toBeVisible();
    await expectAccessible(visitor);
    await expect(visitor.getByRole('heading', { name: 'Who could meet it' })).toHaveCount(0);
    await expect(visitor.getByRole('button', { name: 'Close need' })).toHaveCount(0);
  });

  test('the need is met: its co-op names the provider, who confirms it from its inbox', async () => {
    await seeker.goto(needPath);
    await seeker.getByRole('button', { name: 'Close need' }).click();
    const dialog = seeker.getByRole('dialog', { name: 'Close this need' });
    await dialog.getByLabel('Which co-op met it?').click();
    await seeker.getByRole('option', { name: bookkeepers.name }).click();
    await dialog.getByRole('button', { name: 'Close need' }).click();
    await expect(dialog).toBeHidden();
    // Naming a co-op is a claim until that co-op answers.
    await expect(seeker.getByText(`Waiting for ${bookkeepers.name} to confirm it.`)).toBeVisible();

    await expect(provider.getByRole('link', { name: /^Inbox, \d+ unread$/ })).toBeVisible({ timeout: 15_000 });
    await provider.getByRole('link', { name: /^Inbox/ }).click();
    const items = provider.getByRole('list', { name: 'Inbox items' });
    await expect(items).toContainText(`${grocers.name} says ${bookkeepers.name} met “Bookkeeping and payroll for our shop”`);
    const answer = items.getByRole('group', { name: `Did ${bookkeepers.name} meet this need?` });
    await answer.getByRole('button', { name: 'Confirm' }).click();
    await expect(items.getByText('Your co-op confirmed it.')).toBeVisible();

    await seeker.reload();
    await expect(seeker.getByText(`who confirmed it`)).toBeVisible();
  });
});
