import { expect, test, type Browser, type Page } from '@playwright/test';
import { CoopFormPage, type Pitch } from '../pages/CoopFormPage';
import { Mailbox } from '../pages/Mailbox';
import { ReferralFormPage } from '../pages/ReferralFormPage';
import { SignUpPage } from '../pages/SignUpPage';
import { expectAccessible } from '../support/a11y';

const run = Date.now().toString(36);
/** A phone's width: the attendee view is checked at it. */
const PHONE = { width: 390, height: 844 };

async function person(browser: Browser, name: string, options: { phone?: boolean } = {}): Promise<Page> {
  const page = await (await browser.newContext(options.phone ? { viewport: PHONE, isMobile: true, hasTouch: true } : {})).newPage();
  await page.goto('/sign-up');
  const email = `${name.toLowerCase()}.${run}@example.coop`;
  await new SignUpPage(page).signUp({ name, email, password: 'a long enough password' });
  await new Mailbox(page).confirmEmail(email);
  return page;
}

async function addCoop(page: Page, pitch: Pitch) {
  await page.goto('/coops/new');
  const form = new CoopFormPage(page);
  await form.fill(pitch);
  await form.submit();
  await expect(page.getByRole('heading', { level: 1, name: pitch.name })).toBeVisible();
}

const bakers: Pitch = {
  name: `Rising Dough Bakery ${run}`,
  place: 'Stockport',
  provides: 'Sourdough bread and pastries for cafés, events and staff canteens.',
  category: 'Manufacture of bread; manufacture of fresh pastry goods and cakes',
  coopType: 'Worker co-op',
  whyBuy: 'Baked before dawn by the people who own the bakery.',
  wantToTalkTo: 'Cafés and caterers who want local bread.',
  website: 'risingdough.example.coop',
  memberNotes: '',
};

const designers: Pitch = {
  name: `Open Door Design ${run}`,
  place: 'Manchester',
  provides: 'Brand identity, packaging and websites for co-operatives and social enterprises.',
  category: 'specialised design activities',
  coopType: 'Worker co-op',
  whyBuy: 'We have designed for forty co-ops and understand the values behind them.',
  wantToTalkTo: 'Food co-ops launching new products.',
  website: 'opendoor.example.coop',
  memberNotes: '',
};

/** No part of the page is wider than the phone: nothing to scroll sideways to. */
async function expectFitsThePhone(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

test.describe.serial('a council runs a meeting with a live pitch round', () => {
  let facilitator: Page;
  let baker: Page;
  let designer: Page;
  let councilPath: string;
  let meetingPath: string;

  test('a facilitator starts a council; two co-ops ask to join and are approved', async ({ browser }) => {
    facilitator = await person(browser, 'Fran');
    await facilitator.goto('/councils/new');
    await facilitator.getByLabel('Name').fill(`Greater Manchester Co-op Council ${run}`);
    await facilitator.getByLabel('What it is, and who may join').fill('Co-ops across Greater Manchester meeting monthly to pitch and trade.');
    // The meeting's times below are written in the council's zone: UTC, chosen from the list.
    await facilitator.getByRole('combobox', { name: 'Time zone of its meetings' }).fill('UTC');
    await facilitator.getByRole('option', { name: 'UTC', exact: true }).click();
    await facilitator.getByRole('button', { name: 'Start the council' }).click();
    await expect(facilitator.getByRole('heading', { level: 1, name: `Greater Manchester Co-op Council ${run}` })).toBeVisible();
    await expectAccessible(facilitator);
    councilPath = new URL(facilitator.url()).pathname;

    baker = await person(browser, 'Bo', { phone: true });
    await addCoop(baker, bakers);
    designer = await person(browser, 'Dee', { phone: true });
    await addCoop(designer, designers);
    for (const [page, pitch] of [
      [baker, bakers],
      [designer, designers],
    ] as const) {
      await page.goto(councilPath);
      await page.getByRole('button', { name: `Ask for ${pitch.name} to join` }).click();
      await page.getByRole('button', { name: 'Ask to join' }).click();
      await expect(page.getByText(`${pitch.name} has asked to join; an organiser will answer.`)).toBeVisible();
    }

    await facilitator.goto(`${councilPath}?tab=requests`);
    for (const pitch of [bakers, designers]) {
      const request = facilitator.getByRole('link', { name: pitch.name }).locator('xpath=ancestor::div[contains(@class, "mantine-Card-root")]');
      await request.getByRole('button', { name: 'Approve' }).click();
      await expect(request).toHaveCount(0);
    }
    await facilitator.getByRole('tab', { name: 'Members' }).click();
    await expect(facilitator.getByRole('link', { name: bakers.name })).toBeVisible();
    await expect(facilitator.getByRole('link', { name: designers.name })).toBeVisible();
  });

  test('the facilitator schedules a meeting and both say they are going', async () => {
    await facilitator.goto(councilPath);
    await facilitator.getByRole('link', { name: 'Schedule a meeting' }).click();
    await facilitator.getByRole('button', { name: 'Schedule it' }).click();
    // In person needs a venue: the form says so beside the field, and nothing is saved.
    await expect(facilitator.getByText('Say where it is held.')).toBeVisible();
    await facilitator.getByRole('textbox', { name: 'Venue' }).fill('Friends Meeting House, Manchester');
    // Today, a quarter of an hour from now: a round starts from an hour before its meeting.
    const wall = (ms: number) => new Date(ms).toISOString().slice(0, 16);
    await facilitator.getByRole('textbox', { name: 'Starts' }).fill(wall(Date.now() + 15 * 60_000));
    await facilitator.getByRole('textbox', { name: 'Ends' }).fill(wall(Date.now() + 105 * 60_000));
    await facilitator.getByRole('button', { name: 'Schedule it' }).click();
    await expect(facilitator.getByRole('heading', { level: 1, name: /monthly meeting/ })).toBeVisible();
    await expectAccessible(facilitator);
    meetingPath = new URL(facilitator.url()).pathname;
    await expect(facilitator.getByRole('link', { name: 'Add to your calendar' })).toHaveAttribute('href', /\/calendars\/meetings\/.+\.ics$/);

    for (const page of [baker, designer]) {
      await page.goto(meetingPath);
      await page.getByRole('button', { name: 'Going', exact: true }).click();
      await expect(page.getByText('You answered: Going')).toBeVisible();
    }
  });

  test('each attendee sees the other’s pitch arrive live, taps "talk", and finds the introduction after the round', async () => {
    // The attendees open the live view before the round is made; it reaches them when it is.
    await baker.goto(`${meetingPath}/live`);
    await designer.goto(`${meetingPath}/live`);
    await expect(designer.getByText('The pitch round has not been set up yet.', { exact: false })).toBeVisible();

    await facilitator.goto(meetingPath);
    await facilitator.getByRole('link', { name: 'Set up the round' }).click();
    await facilitator.getByRole('button', { name: 'Make the round' }).click();
    await expect(facilitator.getByText(`1. ${bakers.name}`)).toBeVisible();
    await expect(designer.getByText(/The round starts soon: 2 co-ops will pitch/)).toBeVisible();

    await facilitator.getByRole('button', { name: 'Start the first pitch' }).click();
    await expect(facilitator.getByRole('heading', { level: 2, name: bakers.name })).toBeVisible();
    await expectAccessible(facilitator);
    await expect(facilitator.getByRole('timer')).toBeVisible();

    // The bakers pitch: the designer's phone shows it without reloading, and taps.
    await expect(designer.getByRole('heading', { level: 2, name: bakers.name })).toBeVisible();
    await expectAccessible(designer);
    await expect(baker.getByText('This is your co-op’s pitch. Good luck!')).toBeVisible();
    await expectFitsThePhone(designer);
    const talk = designer.getByRole('button', { name: 'I’d like to talk to them' });
    await talk.click();
    await expect(designer.getByRole('button', { name: 'You’d like to talk ✓' })).toHaveAttribute('aria-pressed', 'true');
    await designer.getByRole('button', { name: 'I have a referral for them' }).click();
    await expect(designer.getByRole('button', { name: 'You have a referral ✓' })).toBeVisible();

    // The designers pitch next: the bakers' phone follows, and taps back.
    await facilitator.getByRole('button', { name: 'Next pitch' }).click();
    await expect(baker.getByRole('heading', { level: 2, name: designers.name })).toBeVisible();
    await expectFitsThePhone(baker);
    await baker.getByRole('button', { name: 'I’d like to talk to them' }).click();
    await expect(baker.getByRole('button', { name: 'You’d like to talk ✓' })).toBeVisible();

    // After the last pitch, the round ends and each phone shows its follow-ups.
    await facilitator.getByRole('button', { name: 'Next pitch' }).click();
    await expect(facilitator.getByRole('heading', { name: 'Thank you, everyone' })).toBeVisible();
    // (The inbox's live note says the same; the follow-up list is the page's own.)
    const followUps = (page: Page) => page.getByRole('list', { name: 'Your follow-ups' });
    await expect(followUps(baker).getByText(`You and ${designers.name} both want to talk`)).toBeVisible();
    await expect(followUps(designer).getByText(`You and ${bakers.name} both want to talk`)).toBeVisible();
    await expect(followUps(designer).getByText(`You have a referral for ${bakers.name}`)).toBeVisible();
    await expectFitsThePhone(designer);
  });

  test('the "referral" tap becomes a referral, and the meeting’s summary counts it', async () => {
    await designer.getByRole('link', { name: 'Pass the referral' }).click();
    const form = new ReferralFormPage(designer);
    await form.expectReceiver(bakers.name);
    await form.fill({
      what: 'Daily bread for a forty-seat café opening in Levenshulme in the spring.',
      name: `Sam Rivers ${run}`,
      email: 'sam@levenshulme-cafe.example.org',
      warmth: `I introduced the prospect to ${bakers.name}`,
    });
    await form.consent(bakers.name).check();
    await form.submit();
    await expect(designer.getByRole('heading', { level: 1, name: `${designers.name} to ${bakers.name}` })).toBeVisible();
    await expectAccessible(designer);

    await facilitator.goto(meetingPath);
    const summary = facilitator.getByRole('heading', { name: 'What came of the pitches' }).locator('..');
    await expect(summary.getByText('introduction', { exact: true })).toBeVisible();
    await expect(summary.getByText('referral passed', { exact: true })).toBeVisible();
    await expect(summary.getByText('1', { exact: true }).first()).toBeVisible();
    await expect(facilitator.getByRole('cell', { name: bakers.name })).toBeVisible();
    await designer.goto(meetingPath);
    await expect(designer.getByRole('link', { name: 'Referral passed: see how it goes' })).toBeVisible();
  });
});
