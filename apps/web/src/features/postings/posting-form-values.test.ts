import i18next, { type TFunction } from 'i18next';
import { dayInput, defaultExpiry, startingArea, toNeedInput, type NeedFormValues } from './posting-form-values';
import { describeArea, formatBudget } from './labels';
import en from './locales/en-GB.json';
import cy from './locales/cy.json';

/** A `t` for the postings namespace in one language, as useTranslation('postings') gives it. */
async function postingsT(language: string): Promise<TFunction<'postings'>> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: language, ns: ['postings'], resources: { 'en-GB': { postings: en }, cy: { postings: cy } }, interpolation: { escapeValue: false } });
  return i18n.getFixedT(language, 'postings');
}

const need = (change: Partial<NeedFormValues> = {}): NeedFormValues => ({
  title: 'Printing',
  description: 'Leaflets',
  categoryCodes: ['18'],
  area: { anywhere: false, placeName: ' Leeds ', countryCode: 'GB', radiusKm: 30 },
  expiresAt: '2027-01-31',
  budgetAmount: '',
  budgetCurrency: 'GBP',
  preferredCoopType: '',
  ...change,
});

describe('the posting form’s values', () => {
  it('start where the co-op is, or anywhere when it has no place', () => {
    expect(startingArea({ name: 'Leeds', countryCode: 'GB' })).toMatchObject({ anywhere: false, placeName: 'Leeds' });
    expect(startingArea(null)).toMatchObject({ anywhere: true, placeName: '' });
  });

  it('run for two months by default, as a date input holds it', () => {
    expect(defaultExpiry(new Date(2026, 10, 28, 12))).toBe(dayInput(new Date(2027, 0, 27, 12)));
    expect(dayInput(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('become the API input: the place trimmed, empty fields null, the end of the chosen day', () => {
    const input = toNeedInput(need());
    expect(input.area).toEqual({ placeName: 'Leeds', countryCode: 'GB', radiusKm: 30 });
    expect(input).toMatchObject({ budgetAmount: null, budgetCurrency: null, preferredCoopType: null });
    expect(toNeedInput(need({ budgetAmount: 900 }))).toMatchObject({ budgetAmount: 900, budgetCurrency: 'GBP' });
    expect(new Date(input.expiresAt as string).getHours()).toBe(23);
  });

  it('send no place at all when "anywhere" is ticked', () => {
    expect(toNeedInput(need({ area: { anywhere: true, placeName: 'Leeds', countryCode: 'GB', radiusKm: 30 } })).area).toEqual({ placeName: null, countryCode: null, radiusKm: null });
  });
});

describe('labels', () => {
  it('describe an area in words, in the language shown', async () => {
    const t = await postingsT('en-GB');
    expect(describeArea(t, { anywhere: true })).toBe('Anywhere or remote');
    expect(describeArea(t, { anywhere: false, radiusKm: 24.6, place: { name: 'York' } })).toBe('Within 25 km of York');
    expect(describeArea(t, { anywhere: false, radiusKm: 1200, place: { name: 'York' } })).toBe('Within 1,200 km of York');
    const cyT = await postingsT('cy');
    expect(describeArea(cyT, { anywhere: true })).toBe('Unrhyw le neu o bell');
    expect(describeArea(cyT, { anywhere: false, radiusKm: 24.6, place: { name: 'Efrog' } })).toBe('O fewn 25 km i Efrog');
  });

  it('format a budget in its currency, and an unknown currency as its code', () => {
    expect(formatBudget('en-GB', { amount: 1500, currency: 'GBP' })).toBe('£1,500');
    expect(formatBudget('en-GB', { amount: 1500, currency: 'ZZZ1' })).toBe('1,500 ZZZ1');
    expect(formatBudget('cy', { amount: 1500, currency: 'GBP' })).toBe('£1,500');
  });
});
