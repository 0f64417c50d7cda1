/**
 * A co-op search as it is written in a URL (/search?q=printing&category=18&near=Leeds&km=50):
 * the web app's search page and the API's directory exports read the same parameters, so an
 * export link carries the search a person is looking at.
 */

export const DEFAULT_RADIUS_KM = 25;

const SORTS = ['RELEVANCE', 'DISTANCE', 'NEWEST'] as const;
export type SearchUrlSort = (typeof SORTS)[number];

export interface SearchUrl {
  text: string;
  categoryCodes: string[];
  coopTypes: string[];
  countryCodes: string[];
  regions: string[];
  near: string;
  radiusKm: number;
  sort: SearchUrlSort;
}

export function readSearchUrl(params: URLSearchParams): SearchUrl {
  const radius = Number(params.get('km'));
  const sort = params.get('sort');
  return {
    text: params.get('q') ?? '',
    categoryCodes: params.getAll('category'),
    coopTypes: params.getAll('type'),
    countryCodes: params.getAll('country'),
    regions: params.getAll('region'),
    near: params.get('near') ?? '',
    radiusKm: Number.isFinite(radius) && radius > 0 ? radius : DEFAULT_RADIUS_KM,
    sort: SORTS.includes(sort as SearchUrlSort) ? (sort as SearchUrlSort) : 'RELEVANCE',
  };
}

/** The search's parameters for the URL, in a fixed order; defaults left out. */
export function writeSearchUrl(search: SearchUrl, params = new URLSearchParams()): URLSearchParams {
  if (search.text.trim()) params.set('q', search.text.trim());
  for (const code of search.categoryCodes) params.append('category', code);
  for (const type of search.coopTypes) params.append('type', type);
  for (const country of search.countryCodes) params.append('country', country);
  for (const region of search.regions) params.append('region', region);
  if (search.near.trim()) {
    params.set('near', search.near.trim());
    if (search.radiusKm !== DEFAULT_RADIUS_KM) params.set('km', String(search.radiusKm));
  }
  if (search.sort !== 'RELEVANCE') params.set('sort', search.sort);
  return params;
}

/** The search as the API's search input (CoopSearchInput), still to be checked by searchInputSchema. */
export function searchUrlInput(search: SearchUrl) {
  return {
    text: search.text || null,
    categoryCodes: search.categoryCodes,
    coopTypes: search.coopTypes,
    countryCodes: search.countryCodes,
    regions: search.regions,
    near: search.near.trim() ? { place: search.near.trim(), radiusKm: search.radiusKm } : null,
    sort: search.sort,
  };
}
