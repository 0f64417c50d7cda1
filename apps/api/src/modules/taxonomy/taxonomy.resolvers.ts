import {
  CATEGORIES,
  COOP_TYPES,
  COOP_TYPE_KEYS,
  COUNTRIES,
  ICA_ACTIVITIES,
  findCategory,
  type IcaActivityId,
} from '@principle-six/taxonomy';
import type { Resolvers } from '../../generated/resolvers';

// The taxonomy is fixed at build time and mirrored into the database only for foreign keys, so
// it is served from memory.
export const taxonomyResolvers: Resolvers = {
  Query: {
    categories: (_parent, { level }) =>
      CATEGORIES.filter((c) => !level || c.level === level).map((c) => ({ ...c })),
    coopTypes: () =>
      COOP_TYPE_KEYS.map((value) => ({
        value,
        label: COOP_TYPES[value].label,
        description: COOP_TYPES[value].description,
      })),
    countries: () =>
      Object.entries(COUNTRIES)
        .map(([code, name]) => ({ code, name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'en')),
  },
  Category: {
    parent: (category) => (category.parentCode ? { ...findCategory(category.parentCode)! } : null),
    children: (category) => CATEGORIES.filter((c) => c.parentCode === category.code).map((c) => ({ ...c })),
    icaActivity: (category) =>
      category.icaActivity ? ICA_ACTIVITIES[category.icaActivity as IcaActivityId] : null,
  },
};
