import { expect, type Page } from '@playwright/test';

/** /coops/:slug/referrals: a co-op's referral figures, charts and lists. */
export class LedgerPage {
  constructor(private readonly page: Page) {}

  async open(coopPath: string, query = '') {
    await this.page.goto(`${coopPath}/referrals${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: /: referrals$/ })).toBeVisible();
  }

  /** A figure in the "Referrals given" or "Referrals received" card, e.g. stat('Referrals given', 'Won'). */
  stat(card: 'Referrals given' | 'Referrals received', label: string) {
    return this.page.getByRole('region', { name: card }).getByRole('group', { name: label, exact: true });
  }

  value(card: 'Business credited' | 'Business won') {
    return this.page.getByRole('region', { name: card });
  }

  chart(title: string) {
    return this.page.getByRole('figure', { name: title });
  }

  tab(name: 'Given' | 'Received' | 'Thanks') {
    return this.page.getByRole('tab', { name });
  }

  list(side: 'given' | 'received') {
    return this.page.getByRole('list', { name: side === 'given' ? 'Referrals given' : 'Referrals received' });
  }

  /** Downloads the CSV and answers its text. */
  async downloadCsv(): Promise<string> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('link', { name: 'Download CSV' }).click();
    const download = await downloading;
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
}
