import { expect, type Page } from '@playwright/test';

/** /referrals/:id: one referral, moved on with the buttons its viewer is offered. */
export class ReferralPage {
  constructor(private readonly page: Page) {}

  async expectParties(from: string, to: string) {
    await expect(this.page.getByRole('heading', { level: 1, name: `${from} to ${to}` })).toBeVisible();
  }

  async expectStage(label: string) {
    await expect(this.page.getByLabel(`Stage: ${label}`)).toBeVisible();
  }

  actions() {
    return this.page.getByRole('group', { name: 'Move the referral on' });
  }

  /** A move that asks nothing more (Accept, Mark contacted...). */
  async move(button: string, stageAfter: string) {
    await this.actions().getByRole('button', { name: button, exact: true }).click();
    await this.expectStage(stageAfter);
  }

  /** The stage badge, which takes focus after a move (the button pressed is gone). */
  stageBadge(label: string) {
    return this.page.getByLabel(`Stage: ${label}`);
  }

  async markWon(amount: number, currency = 'GBP') {
    await this.actions().getByRole('button', { name: 'Mark won', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Mark it won' });
    await dialog.getByLabel('Amount won').fill(String(amount));
    // The currency is chosen from the ISO 4217 list, shown as "GBP · British Pound".
    await expect(dialog.getByRole('combobox', { name: 'Currency' })).toHaveValue(new RegExp(`^${currency} · `));
    await dialog.getByRole('button', { name: 'Mark won' }).click();
    await expect(dialog).toBeHidden();
    await this.expectStage('Won');
  }
}
