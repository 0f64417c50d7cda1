import type { Page } from '@playwright/test';

export interface Posting {
  title: string;
  description: string;
  category: string;
  place?: string;
  radiusKm?: number;
}

/** The need and offer forms, as a person fills them in. */
export class PostingFormPage {
  constructor(private readonly page: Page) {}

  async fill(posting: Posting) {
    const page = this.page;
    await page.getByLabel('Title').fill(posting.title);
    await page.getByLabel('Description').fill(posting.description);
    await page.getByRole('combobox', { name: 'Categories' }).fill(posting.category);
    await page.getByRole('option', { name: posting.category, exact: true }).click();
    await page.keyboard.press('Escape');
    if (posting.place) await page.getByLabel('Town or city').fill(posting.place);
    if (posting.radiusKm) await page.getByLabel('Within (km)').fill(String(posting.radiusKm));
  }

  async submit(label: string) {
    await this.page.getByRole('button', { name: label }).click();
  }
}
