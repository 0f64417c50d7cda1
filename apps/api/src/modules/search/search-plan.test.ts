import { searchInputSchema } from '@principle-six/schema';
import { conditionCount, type SearchPlan } from './search-plan';

function plan(input: Record<string, unknown>, words: { count: number; all?: boolean }, near = false): SearchPlan {
  return {
    input: searchInputSchema.parse(input),
    groups: [],
    corpus: { coops: 0, averageLength: 1 },
    query: words.count ? "'x'" : null,
    widerQuery: words.count ? "'x'" : null,
    anyOwnQuery: words.count ? "'x'" : null,
    anyQuery: words.count ? "'x'" : null,
    filterFirst: null,
    filterRows: null,
    matchedAllWords: words.all ?? true,
    wordCount: words.count,
    near: near ? { label: 'Leeds', countryCode: 'GB', latitude: 53.8, longitude: -1.55, radiusKm: 25 } : null,
  };
}

describe('counting a search’s conditions', () => {
  it('counts each word that must match and each filter', () => {
    expect(conditionCount(plan({ text: 'bookkeeping' }, { count: 1 }))).toBe(1);
    expect(conditionCount(plan({ text: 'organic bakery' }, { count: 2 }))).toBe(2);
    expect(conditionCount(plan({ text: 'printing', categoryCodes: ['18'], coopTypes: ['WORKER'] }, { count: 1 }))).toBe(3);
    expect(conditionCount(plan({ near: { place: 'Leeds', radiusKm: 25 } }, { count: 0 }, true))).toBe(1);
    expect(conditionCount(plan({}, { count: 0 }))).toBe(0);
  });

  it('counts any-word matching as one condition', () => {
    expect(conditionCount(plan({ text: 'organic bakery' }, { count: 2, all: false }))).toBe(1);
  });
});
