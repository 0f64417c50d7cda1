import type { CoopSearchInput, CoopType, SearchSort } from '../../gql/graphql';

/** A whole search as it lives in the URL, so it can be shared, bookmarked and gone back to. */
export interface SearchState {
  text: string;
  categoryCodes: string[];
  coopTypes: CoopType[];
  countryCodes: string[];
  regions: string[];
  near: string;
  radiusKm: number;
  sort: SearchSort;
  after: string | null;
  /** Results as a list or on a map. */
  view: SearchView;
}

export type SearchView = 'list' | 'map';

export const DEFAULT_RADIUS_KM = 25;
const SORTS: SearchSort[] = ['RELEVANCE', 'DISTANCE', 'NEWEST'];

export function readSearchState(params: URLSearchParams): SearchState {
  const radius = Number(params.get('km'));
  const sort = params.get('sort') as SearchSort | null;
  return {
    text: params.get('q') ?? '',
    categoryCodes: params.getAll('category'),
    coopTypes: params.getAll('type') as CoopType[],
    countryCodes: params.getAll('country'),
    regions: params.getAll('region'),
    near: params.get('near') ?? '',
    radiusKm: Number.isFinite(radius) && radius > 0 ? radius : DEFAULT_RADIUS_KM,
    sort: sort && SORTS.includes(sort) ? sort : 'RELEVANCE',
    after: params.get('after'),
    view: params.get('view') === 'map' ? 'map' : 'list',
  };
}

/** The URL query for a search; changing anything but the page starts again at page one. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.text.trim()) params.set('q', state.text.trim());
  for (const code of state.categoryCodes) params.append('category', code);
  for (const type of state.coopTypes) params.append('type', type);
  for (const country of state.countryCodes) params.append('country', country);
  for (const region of state.regions) params.append('region', region);
  if (state.near.trim()) {
    params.set('near', state.near.trim());
    if (state.radiusKm !== DEFAULT_RADIUS_KM) params.set('km', String(state.radiusKm));
  }
  if (state.sort !== 'RELEVANCE') params.set('sort', state.sort);
  if (state.after) params.set('after', state.after);
  if (state.view === 'map') params.set('view', 'map');
  return params;
}

export function toSearchInput(state: SearchState): CoopSearchInput {
  return {
    text: state.text || null,
    categoryCodes: state.categoryCodes,
    coopTypes: state.coopTypes,
    countryCodes: state.countryCodes,
    regions: state.regions,
    near: state.near.trim() ? { place: state.near.trim(), radiusKm: state.radiusKm } : null,
    sort: state.sort,
  };
}

/** How many filters narrow the search (each category, kind, country and region, and a place). */
export function activeFilterCount(state: SearchState): number {
  return state.categoryCodes.length + state.coopTypes.length + state.countryCodes.length + state.regions.length + (state.near.trim() ? 1 : 0);
}

/**
 * The search for the words typed in the search box: on the search page the filters chosen there
 * stay (only the words and the page change); anywhere else it is a new search for the words.
 */
export function wordsSearch(current: URLSearchParams, onSearchPage: boolean, words: string): string {
  const next = onSearchPage ? new URLSearchParams(current) : new URLSearchParams();
  next.delete('after');
  if (words.trim()) next.set('q', words.trim());
  else next.delete('q');
  return `/search?${next.toString()}`;
}
