import { CATEGORIES, COOP_TYPES, COOP_TYPE_KEYS, COUNTRIES } from '@principle-six/taxonomy';

/** Divisions grouped under their sections, for the category picker. */
export const CATEGORY_OPTIONS = CATEGORIES.filter((c) => c.level === 'SECTION').map((section) => ({
  group: section.name,
  items: CATEGORIES.filter((d) => d.parentCode === section.code).map((d) => ({ value: d.code, label: d.name })),
}));

export const COUNTRY_OPTIONS = Object.entries(COUNTRIES)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label, 'en'));

export const COOP_TYPE_OPTIONS = COOP_TYPE_KEYS.map((value) => ({ value, label: COOP_TYPES[value].label }));
