import i18next from 'i18next';
import { summarise } from './chart-summary';
import { currencyOptions } from './currencies';
import { formatMoneyList, monthStart } from './labels';
import cy from './locales/cy.json';
import en from './locales/en-GB.json';
import { warmthChoiceLabel, warmthSummary } from './warmth-labels';

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en-GB',
  fallbackLng: false,
  supportedLngs: ['en-GB', 'cy'],
  load: 'currentOnly',
  ns: ['referrals'],
  defaultNS: 'referrals',
  resources: { 'en-GB': { referrals: en }, cy: { referrals: cy } },
  interpolation: { escapeValue: false },
  initAsync: false,
});
const english = i18n.getFixedT('en-GB', 'referrals');
const welsh = i18n.getFixedT('cy', 'referrals');

describe('warmth in words', () => {
  it('names the receiver, from the giver’s side or the buyer’s, in English as before', () => {
    expect(warmthChoiceLabel(english, 4, 'EXTERNAL', 'Leeds Bakers')).toBe('I introduced the prospect to Leeds Bakers');
    expect(warmthChoiceLabel(english, 3, 'INTERNAL', 'Leeds Bakers')).toBe("Someone here knows Leeds Bakers's work and vouches for it");
    expect(warmthSummary(english, 1, 'TIER_THREE', 'Print Co', 'Leeds Bakers')).toBe(
      "Print Co shared the prospect's contact details, and the prospect knows Leeds Bakers will be in touch.",
    );
    expect(warmthSummary(english, 5, 'INTERNAL', 'Print Co', 'Leeds Bakers')).toBe('Print Co has met Leeds Bakers about it, or a meeting is set up.');
  });

  it('says the same in Welsh, with both co-ops named', () => {
    const summary = warmthSummary(welsh, 4, 'EXTERNAL', 'Print Co', 'Leeds Bakers');
    expect(summary).toBe('Cyflwynodd Print Co y darpar gleient i Leeds Bakers.');
  });

  it('says nothing of a level outside 1 to 5', () => {
    expect(warmthSummary(english, 0, 'EXTERNAL', 'A', 'B')).toBe('');
    expect(warmthSummary(english, 6, 'EXTERNAL', 'A', 'B')).toBe('');
  });
});

describe('a chart in a sentence', () => {
  const series = [
    { name: 'given', label: 'Given', color: 'blue.6' },
    { name: 'received', label: 'Received', color: 'violet.6' },
  ];
  const data = [
    { month: 'May 2026', given: 1, received: 0 },
    { month: 'Jun 2026', given: 3, received: 0 },
  ];

  it('gives each series’ total and best month', () => {
    expect(summarise(english, 'Referrals per month', data, series, String)).toBe(
      'Referrals per month, May 2026 to Jun 2026. Given: 4 in all, most in Jun 2026 (3); Received: none.',
    );
    expect(summarise(welsh, 'Atgyfeiriadau bob mis', data, series, String)).toBe(
      'Atgyfeiriadau bob mis, o May 2026 i Jun 2026. Given: 4 i gyd, y mwyaf ym mis Jun 2026 (3); Received: dim.',
    );
  });

  it('says when there are no months', () => {
    expect(summarise(english, 'Referrals per month', [], series, String)).toBe('Referrals per month: no months yet.');
  });
});

describe('counts', () => {
  it('take the plural form each language needs, the number in its own conventions', () => {
    expect(english('network.givers.given', { count: 1 })).toBe('1 referral');
    expect(english('network.givers.given', { count: 1200 })).toBe('1,200 referrals');
    expect(welsh('network.givers.given', { count: 2 })).toBe('2 atgyfeiriad');
    expect(welsh('network.givers.given', { count: 0 })).toBe('Dim atgyfeiriadau');
  });
});

describe('money and months in the reader’s language', () => {
  it('lists sums in several currencies, or stands in for none', () => {
    const values = [
      { amount: 1200, currency: 'GBP' },
      { amount: 50, currency: 'EUR' },
    ];
    expect(formatMoneyList('en-GB', values)).toBe('£1,200 + €50');
    expect(formatMoneyList('en-GB', [])).toBe('£0');
    expect(formatMoneyList('en-GB', [], '–')).toBe('–');
  });

  it('reads a month’s bucket as midnight UTC on its first day', () => {
    expect(monthStart('2026-06-01')).toBe('2026-06-01T00:00:00Z');
    expect(monthStart('2026-06-01T00:00:00.000Z')).toBe('2026-06-01T00:00:00Z');
  });

  it('names currencies in the reader’s language', () => {
    const gbp = (locale: string) => currencyOptions(locale).find((o) => o.value === 'GBP')?.label;
    expect(gbp('en-GB')).toBe('GBP · British Pound');
    expect(gbp('cy')).toMatch(/^GBP · /);
    expect(gbp('cy')).not.toBe(gbp('en-GB'));
  });
});
