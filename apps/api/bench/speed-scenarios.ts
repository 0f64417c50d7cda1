/** The searches the speed benchmark times: what people type most, with the filters they add. */

const RESULT_FIELDS = `
  totalCount
  totalCountIsLowerBound
  matchedAllWords
  near { label latitude longitude }
  pageInfo { hasNextPage endCursor }
  edges {
    cursor
    distanceKm
    snippet { text highlighted }
    matchedCategories { code name }
    node {
      id slug name coopType latitude longitude
      place { id name countryName }
      categories { code name }
    }
  }
  errors { message field }`;

const FACET_FIELDS = `
  facets {
    categories { count category { code name level parent { code } } }
    coopTypes { value label count }
    countries { value label count }
    regions { value label count }
  }`;

/** The search page's first page of results, as the web app asks for it (20 hits). */
export const SEARCH_DOCUMENT = `query BenchSearch($input: CoopSearchInput!) {
  search(input: $input, first: 20) { ${RESULT_FIELDS} }
}`;

/** The same with the facet counts the filter column shows. */
export const SEARCH_WITH_FACETS_DOCUMENT = `query BenchSearchFacets($input: CoopSearchInput!) {
  search(input: $input, first: 20) { ${RESULT_FIELDS} ${FACET_FIELDS} }
}`;

export interface Scenario {
  name: string;
  document: string;
  /** Sent in turn, so that one cached plan or page does not stand for all searches. */
  inputs: Record<string, unknown>[];
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'text',
    document: SEARCH_DOCUMENT,
    inputs: [{ text: 'bookkeeping' }, { text: 'printing leaflets' }, { text: 'organic bakery' }, { text: 'websites' }, { text: 'renewable energy' }],
  },
  {
    name: 'text + category',
    document: SEARCH_DOCUMENT,
    inputs: [
      { text: 'printing', categoryCodes: ['18'] },
      { text: 'payroll', categoryCodes: ['M'] },
      { text: 'software', categoryCodes: ['62'] },
      { text: 'catering', categoryCodes: ['56'] },
    ],
  },
  {
    name: 'text + radius',
    document: SEARCH_DOCUMENT,
    inputs: [
      { text: 'bookkeeping', near: { place: 'London', radiusKm: 25 } },
      { text: 'catering', near: { place: 'Paris', radiusKm: 50 } },
      { text: 'printing', near: { place: 'Leeds, GB', radiusKm: 25 } },
      { text: 'housing', near: { place: 'Buenos Aires', radiusKm: 40 } },
    ],
  },
  {
    name: 'facet counts',
    document: SEARCH_WITH_FACETS_DOCUMENT,
    inputs: [{ text: 'bookkeeping' }, { text: 'printing', categoryCodes: ['18'] }, { text: 'catering', coopTypes: ['WORKER'] }],
  },
];
