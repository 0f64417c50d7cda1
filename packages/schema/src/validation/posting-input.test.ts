import { needInputSchema, offerInputSchema } from './posting-input';
import { toFieldErrors } from './user-errors';

const day = 86_400_000;
const valid = {
  title: 'Printing for our annual report',
  description: 'About 500 copies of a 40-page report, recycled paper, by the end of March.',
  categoryCodes: ['18'],
  area: { placeName: 'Leeds', countryCode: 'gb', radiusKm: 30 },
  expiresAt: new Date(Date.now() + 30 * day),
  budgetAmount: 2000,
};

function fieldErrors(input: unknown) {
  const parsed = needInputSchema.safeParse(input);
  return parsed.success ? [] : toFieldErrors(parsed.error);
}

describe('needInputSchema', () => {
  it('accepts a complete need and fills in what is implied', () => {
    const parsed = needInputSchema.parse(valid);
    expect(parsed.area).toEqual({ placeName: 'Leeds', countryCode: 'GB', radiusKm: 30 });
    expect(parsed.budgetCurrency).toBe('GBP');
    expect(parsed.preferredCoopType).toBeNull();
  });
  it('takes no place and no radius as anywhere', () => {
    expect(needInputSchema.parse({ ...valid, area: {} }).area).toEqual({ placeName: null, countryCode: null, radiusKm: null });
  });
  it('names each field a person must put right', () => {
    expect(fieldErrors({ ...valid, expiresAt: new Date(Date.now() - day) })).toEqual([
      { code: 'INVALID_INPUT', field: 'expiresAt', message: 'Choose a day in the future.' },
    ]);
    expect(fieldErrors({ ...valid, area: { ...valid.area, radiusKm: -5 } })[0]).toMatchObject({ field: 'area.radiusKm' });
    expect(fieldErrors({ ...valid, description: 'x'.repeat(100_000) })[0]).toMatchObject({
      field: 'description',
      message: 'Keep a description of the need to 5,000 characters or fewer.',
    });
    expect(fieldErrors({ ...valid, categoryCodes: ['99999'] })[0]).toMatchObject({ field: 'categoryCodes.0' });
    expect(fieldErrors({ ...valid, area: { radiusKm: 10 } })[0]).toMatchObject({ field: 'area.placeName' });
    expect(fieldErrors({ ...valid, area: { placeName: 'Leeds' } }).map((e) => e.field)).toEqual(['area.countryCode', 'area.radiusKm']);
    expect(fieldErrors({ ...valid, budgetAmount: -1 })[0]).toMatchObject({ field: 'budgetAmount' });
    expect(fieldErrors({ ...valid, expiresAt: new Date(Date.now() + 400 * day) })[0]).toMatchObject({ field: 'expiresAt' });
  });
});

describe('offerInputSchema', () => {
  it('accepts an offer with terms for co-ops and rejects an empty title', () => {
    const offer = { title: valid.title, description: valid.description, categoryCodes: valid.categoryCodes, area: valid.area, expiresAt: valid.expiresAt };
    expect(offerInputSchema.parse({ ...offer, coopTerms: ' 10% off for co-ops ' }).coopTerms).toBe('10% off for co-ops');
    expect(offerInputSchema.safeParse({ ...offer, title: ' ' }).success).toBe(false);
  });
});

describe('lines in postings', () => {
  it('keeps line breaks in descriptions and terms, and refuses them, and hidden direction marks, in titles', () => {
    const parsed = needInputSchema.parse({ ...valid, description: 'Five hundred leaflets.\r\nDelivered by Friday, please.' });
    expect(parsed.description).toBe('Five hundred leaflets.\nDelivered by Friday, please.');
    expect(fieldErrors({ ...valid, title: 'Leaflets\nURGENT' })[0]).toMatchObject({ field: 'title', message: expect.stringMatching(/line breaks/) });
    expect(fieldErrors({ ...valid, title: 'Leaflets \u202Esdrawkcab' })[0]).toMatchObject({ field: 'title' });
    expect(fieldErrors({ ...valid, description: `Five hundred leaflets \u202E for the spring fair.` })[0]).toMatchObject({ field: 'description' });
  });
});
