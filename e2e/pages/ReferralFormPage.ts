import { expect, type Page } from '@playwright/test';

export interface Prospect {
  what: string;
  name: string;
  organisation?: string;
  email?: string;
  phone?: string;
  /** The meaning shown beside a warmth level, e.g. "I introduced the prospect to Ledger Lane Co-op". */
  warmth: string;
  estimatedValue?: number;
  note?: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** /referrals/new, as a person passing a referral fills it in. */
export class ReferralFormPage {
  constructor(private readonly page: Page) {}

  async expectReceiver(name: string) {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Pass a referral' })).toBeVisible();
    await expect(this.page.getByRole('group', { name: 'From whom to whom' }).getByText(name, { exact: true })).toBeVisible();
  }

  async fill(prospect: Prospect) {
    const page = this.page;
    await page.getByLabel('What the prospect needs').fill(prospect.what);
    await page.getByLabel("Prospect's name").fill(prospect.name);
    if (prospect.organisation) await page.getByLabel('Organisation').fill(prospect.organisation);
    if (prospect.email) await page.getByLabel("Prospect's email").fill(prospect.email);
    if (prospect.phone) await page.getByLabel("Prospect's phone").fill(prospect.phone);
    await page.getByRole('radio', { name: new RegExp(`^\\d · ${escapeRegExp(prospect.warmth)}$`) }).check();
    if (prospect.estimatedValue !== undefined) await page.getByLabel('Estimated value').fill(String(prospect.estimatedValue));
    if (prospect.note) await page.getByLabel('Note for the receiver').fill(prospect.note);
  }

  consent(receiverName: string) {
    return this.page.getByRole('checkbox', { name: `They know ${receiverName} will contact them` });
  }

  /** What the form says beside the consent box when it was left unticked. */
  consentInstruction(receiverName: string) {
    return this.page.getByText(
      `Tick this to confirm the prospect knows ${receiverName} will contact them — without that it is a lead, not a referral.`,
    );
  }

  async submit() {
    await this.page.getByRole('button', { name: 'Pass referral' }).click();
  }
}
