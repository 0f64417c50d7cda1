import { expect, type Page } from '@playwright/test';

/**
 * The mail the app captured instead of sending (/dev/mailbox, on for the local demo), read as a
 * person reads their inbox: find the newest mail to an address and follow its link.
 */
export class Mailbox {
  constructor(private readonly page: Page) {}

  /** Opens the confirmation link mailed to `email` and waits until the address is confirmed. */
  async confirmEmail(email: string) {
    const response = await this.page.request.get(`/dev/mailbox?to=${encodeURIComponent(email)}`);
    expect(response.ok()).toBe(true);
    const mails = (await response.json()) as { subject: string; text: string }[];
    const mail = mails.find((m) => m.subject.startsWith('Confirm your email address'));
    const link = mail?.text.match(/https?:\/\/\S+\/verify-email\/[\w-]+/)?.[0];
    expect(link, `a confirmation link mailed to ${email}`).toBeTruthy();
    // The link names the public address; the test server answers at the same path.
    await this.page.goto(new URL(link!).pathname);
    await expect(this.page.getByText('Your email address is confirmed')).toBeVisible();
  }
}
