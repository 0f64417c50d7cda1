import { expect, type Page } from '@playwright/test';

export class SignUpPage {
  constructor(private readonly page: Page) {}

  async signUp(person: { name: string; email: string; password: string }) {
    await this.page.getByLabel('Your name').fill(person.name);
    await this.page.getByLabel('Email').fill(person.email);
    await this.page.getByRole('textbox', { name: 'Password' }).fill(person.password);
    await this.page.getByRole('button', { name: 'Create account' }).click();
    // Signed in once the header shows the inbox (on every screen size; the account menu is in the
    // phone menu on a phone); going elsewhere sooner would abort the request.
    await expect(this.page.getByRole('banner').getByRole('link', { name: /^Inbox/ })).toBeVisible();
  }
}
