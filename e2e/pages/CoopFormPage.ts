import type { Page } from '@playwright/test';

export interface Pitch {
  name: string;
  place: string;
  provides: string;
  category: string;
  coopType: string;
  whyBuy: string;
  wantToTalkTo: string;
  website: string;
  memberNotes: string;
}

export class CoopFormPage {
  constructor(private readonly page: Page) {}

  async fill(pitch: Pitch) {
    const page = this.page;
    await page.getByLabel('Co-op name').fill(pitch.name);
    await page.getByLabel('Town or city').fill(pitch.place);
    await page.getByRole('combobox', { name: 'Kind of co-op' }).click();
    await page.getByRole('option', { name: pitch.coopType }).click();
    await page.getByLabel('What you provide').fill(pitch.provides);
    await page.getByRole('combobox', { name: 'Categories' }).fill(pitch.category);
    await page.getByRole('option', { name: pitch.category }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel('Why people should buy from you').fill(pitch.whyBuy);
    await page.getByLabel('Who you want to talk to').fill(pitch.wantToTalkTo);
    await page.getByLabel('Website').fill(pitch.website);
    await page.getByLabel('Notes for members').fill(pitch.memberNotes);
  }

  async submit(label = 'Publish profile') {
    await this.page.getByRole('button', { name: label }).click();
  }
}
