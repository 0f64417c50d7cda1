import { COOP_TYPE_KEYS } from '@principle-six/taxonomy';
import i18next from 'i18next';
import { coopTypeLabel } from './labels';
import cy from './locales/cy.json';
import en from './locales/en-GB.json';
import { coopTypeOptions, countryName, countryOptions } from './options';

const i18n = i18next.createInstance();
void i18n.init({ lng: 'en-GB', ns: ['coops'], initAsync: false, resources: { 'en-GB': { coops: en }, cy: { coops: cy } } });
const english = i18n.getFixedT('en-GB', 'coops');
const welsh = i18n.getFixedT('cy', 'coops');

describe('kinds of co-op', () => {
  it('are named in the reader’s language, with every kind translated', () => {
    expect(coopTypeLabel('WORKER', english)).toBe('Worker co-op');
    expect(coopTypeLabel('WORKER', welsh)).toBe('Cwmni cydweithredol gweithwyr');
    for (const key of COOP_TYPE_KEYS) expect(coopTypeLabel(key, welsh)).not.toBe(`coopType.${key}`);
  });

  it('keep the taxonomy’s English name without a translation, and show an unknown kind as it came', () => {
    expect(coopTypeLabel('HOUSING')).toBe('Housing co-op');
    expect(coopTypeLabel('GUILD', welsh)).toBe('GUILD');
  });

  it('are offered in the taxonomy’s order', () => {
    expect(coopTypeOptions(welsh).map((o) => o.value)).toEqual(COOP_TYPE_KEYS);
  });
});

describe('countries', () => {
  it('keep the taxonomy’s English names in the source language, as the API gives them', () => {
    expect(countryName('en-GB', 'GB')).toBe('United Kingdom');
    expect(countryName('en-GB', 'XX')).toBe('XX');
  });

  it('are named by Intl in other languages, falling back to English', () => {
    expect(countryName('cy', 'GB')).toBe('Y Deyrnas Unedig');
    expect(countryName('cy', 'XX')).toBe('XX');
  });

  it('are sorted by their name in the reader’s language', () => {
    const labels = countryOptions('cy').map((o) => o.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('cy').compare));
    expect(countryOptions('cy')).toHaveLength(countryOptions('en-GB').length);
  });
});
