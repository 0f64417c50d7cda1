import { CATEGORIES, COOP_TYPES, COOP_TYPE_KEYS, COUNTRIES } from '@principle-six/taxonomy';

/**
 * Each section's divisions, each followed by its five-digit classes, for the category picker: a
 * co-op can say "Legal and accounting activities" or, more exactly, "Bookkeeping activities".
 * A class named exactly as its division adds nothing to choose from and is left out.
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

export const COUNTRY_OPTIONS = Object.entries(COUNTRIES)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label, 'en'));

export const COOP_TYPE_OPTIONS = COOP_TYPE_KEYS.map((value) => ({ value, label: COOP_TYPES[value].label }));
