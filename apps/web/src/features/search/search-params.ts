import { DEFAULT_RADIUS_KM, readSearchUrl, searchUrlInput, writeSearchUrl } from '@principle-six/schema';
import type { CoopSearchInput, CoopType, SearchSort } from '../../gql/graphql';

export { DEFAULT_RADIUS_KM };

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

/** The search's own parameters are read and written by the shared reader (also the API's exports'). */
export function readSearchState(params: URLSearchParams): SearchState {
  const search = readSearchUrl(params);
  return {
    ...search,
    coopTypes: search.coopTypes as CoopType[],
    after: params.get('after'),
    view: params.get('view') === 'map' ? 'map' : 'list',
  };
}

/** The URL query for a search; changing anything but the page starts again at page one. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = writeSearchUrl(state);
  if (state.after) params.set('after', state.after);
  if (state.view === 'map') params.set('view', 'map');
  return params;
}

export function toSearchInput(state: SearchState): CoopSearchInput {
  return { ...searchUrlInput(state), coopTypes: state.coopTypes, sort: state.sort as SearchSort };
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
