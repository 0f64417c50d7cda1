import { CATEGORIES, COOP_TYPES, COOP_TYPE_KEYS, COUNTRIES } from '@principle-six/taxonomy';
import type { TFunction } from 'i18next';
import { countryName } from './country-name';

/**
 * Each section's divisions, each followed by its five-digit classes, for the category picker: a
 * co-op can say "Legal and accounting activities" or, more exactly, "Bookkeeping activities".
 * A class named exactly as its division adds nothing to choose from and is left out.
 * (The UK SIC names are published in English only, so they are shown as they are.)
 */
export const CATEGORY_OPTIONS = CATEGORIES.filter((c) => c.level === 'SECTION').map((section) => ({
  group: section.name,
  items: CATEGORIES.filter((d) => d.parentCode === section.code).flatMap((division) => [
    { value: division.code, label: division.name },
    ...CATEGORIES.filter((c) => c.parentCode === division.code && c.name !== division.name).map((c) => ({
      value: c.code,
      label: c.name,
    })),
  ]),
}));

export { countryName } from './country-name';

const countryOptionsByLocale = new Map<string, { value: string; label: string }[]>();

/** Every country for a picker, named and sorted in the reader's language. */
export function countryOptions(locale: string): { value: string; label: string }[] {
  let options = countryOptionsByLocale.get(locale);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = Object.keys(COUNTRIES)
      .map((value) => ({ value, label: countryName(locale, value) }))
      .sort((a, b) => collator.compare(a.label, b.label));
    countryOptionsByLocale.set(locale, options);
  }
  return options;
}

/** The kinds of co-op for a picker, named in the reader's language. */
export function coopTypeOptions(t: TFunction<'coops'>): { value: string; label: string }[] {
  return COOP_TYPE_KEYS.map((value) => ({ value, label: t(`coopType.${value}`) }));
}

/** @deprecated English only: use `coopTypeOptions(t)`. Kept for features not yet translated. */
export const COOP_TYPE_OPTIONS = COOP_TYPE_KEYS.map((value) => ({ value, label: COOP_TYPES[value].label }));
