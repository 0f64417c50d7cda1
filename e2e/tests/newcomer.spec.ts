import { expect, test, type Browser, type Page } from '@playwright/test';
import { CoopFormPage, type Pitch } from '../pages/CoopFormPage';
import { Mailbox } from '../pages/Mailbox';
import { SignUpPage } from '../pages/SignUpPage';

const run = Date.now().toString(36);
const person = (name: string) => ({
  name,
  email: `${name.toLowerCase()}.${run}@example.coop`,
  password: 'a long enough password',
});

const pitch: Pitch = {
  name: `Aardvark Print Co-op ${run}`,
  place: 'Hebden Bridge',
  provides: 'Risograph and digital printing for campaigns, zines and community events.',
  category: 'Printing and reproduction of recorded media',
  coopType: 'Worker co-op',
  whyBuy: 'Worker-owned, vegetable inks, recycled paper and honest quotes.',
  wantToTalkTo: 'Campaign groups with regular print runs.',
  website: 'not a web address',
  memberNotes: 'Print room door code is with the rota.',
};

async function newPerson(browser: Browser, name: string, path = '/sign-up'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(path);
  await new SignUpPage(page).signUp(person(name));
  return page;
}

test.describe.serial('a newcomer puts their co-op on the map', () => {
  let owner: Page;
  let coopPath: string;

  test('signs up, fixes the one wrong field, and publishes the profile', async ({ browser }) => {
    owner = await newPerson(browser, 'Nia');
    await expect(owner).toHaveURL(/\/coops\/new$/);
    const form = new CoopFormPage(owner);
    await form.fill(pitch);
    // The five answers, read aloud, against the minute a pitch round gives.
    await expect(owner.getByText(/^Read aloud: about \d+ s of your 60$/)).toBeVisible();
    await form.submit();

    await expect(owner.getByText('Enter a web address like https://example.coop.')).toBeVisible();
    await expect(owner).toHaveURL(/\/coops\/new$/);
    await owner.getByLabel('Website').fill('aardvark.example.coop');
    await form.submit();

    await expect(owner.getByRole('heading', { level: 1, name: pitch.name })).toBeVisible();
    await expect(owner.getByText(pitch.provides)).toBeVisible();
    await expect(owner.getByRole('link', { name: 'aardvark.example.coop' })).toBeVisible();
    coopPath = new URL(owner.url()).pathname;
  });

  test('rehearses the pitch against the minute', async () => {
    await owner.getByRole('button', { name: 'Practise your pitch' }).click();
    const practice = owner.getByRole('dialog', { name: 'Practise your pitch' });
    await expect(practice.getByRole('heading', { name: new RegExp(pitch.name) })).toBeVisible();
    const clock = practice.getByRole('timer');
    await expect(clock).toHaveText('60');
    await practice.getByRole('button', { name: 'Start the minute' }).click();
    await expect(clock).not.toHaveText('60');
    await practice.getByRole('button', { name: 'Pause' }).click();
    await practice.getByRole('button', { name: 'Start again' }).click();
    await expect(clock).toHaveText('60');
    await owner.keyboard.press('Escape');
    await expect(practice).toHaveCount(0);
  });

  test('finds it in the directory and opens its page', async ({ browser }) => {
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto('/directory');
    await expect(visitor.getByRole('heading', { name: 'Co-ops in the network' })).toBeVisible();
    await expect(visitor.getByText(/co-ops, in name order/)).toBeVisible();
    await visitor.getByRole('link', { name: pitch.name }).click();
    await expect(visitor).toHaveURL(coopPath);
    await expect(visitor.getByRole('heading', { level: 1, name: pitch.name })).toBeVisible();
    await expect(visitor.getByText(pitch.memberNotes)).toHaveCount(0);
    await expect(visitor.getByRole('link', { name: 'Edit profile' })).toHaveCount(0);
  });

  test('a second person cannot edit it', async ({ browser }) => {
    const other = await newPerson(browser, 'Otto');
    await other.goto(coopPath);
    await expect(other.getByRole('heading', { level: 1, name: pitch.name })).toBeVisible();
    await expect(other.getByRole('link', { name: 'Edit profile' })).toHaveCount(0);
    await other.goto(`${coopPath}/edit`);
    await expect(other.getByText('You cannot edit this profile')).toBeVisible();
  });

  test('an invited colleague joins and sees the members-only details', async ({ browser }) => {
    // Inviting waits for a confirmed address: the banner says so, and the mailed link does it.
    await owner.goto(coopPath);
    await expect(owner.getByText('Confirm your email address')).toBeVisible();
    await new Mailbox(owner).confirmEmail(person('Nia').email);
    await owner.goto(coopPath);
    await expect(owner.getByText('Confirm your email address')).toHaveCount(0);
    await owner.getByRole('button', { name: 'Create invitation link' }).click();
    const link = await owner.getByLabel(/Send this link to your colleague/).inputValue();
    expect(link).toMatch(/\/invitations\/[\w-]{20,}$/);

    const colleague = await (await browser.newContext()).newPage();
    await colleague.goto(link);
    await expect(colleague.getByRole('heading', { name: `Join ${pitch.name}` })).toBeVisible();
    await colleague.getByRole('link', { name: 'Create an account to join' }).click();
    await new SignUpPage(colleague).signUp(person('Cleo'));
    await colleague.getByRole('button', { name: `Join ${pitch.name}` }).click();

    await expect(colleague).toHaveURL(coopPath);
    await expect(colleague.getByRole('heading', { name: 'For members' })).toBeVisible();
    await expect(colleague.getByText(pitch.memberNotes)).toBeVisible();
    await expect(colleague.getByRole('cell', { name: 'Nia', exact: true })).toBeVisible();
    await expect(colleague.getByRole('link', { name: 'Edit profile' })).toHaveCount(0);
  });
});
