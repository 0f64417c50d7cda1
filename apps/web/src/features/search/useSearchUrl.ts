import { useLocation, useSearchParams } from 'react-router';

/**
 * What the search box needs from the URL, for both its plain and its suggesting field: whether
 * this is the search page (where typing keeps the filters) and the words the page searched for.
 */
export function useSearchUrl(): { params: URLSearchParams; onSearchPage: boolean; urlText: string } {
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const onSearchPage = pathname === '/search';
  return { params, onSearchPage, urlText: onSearchPage ? (params.get('q') ?? '') : '' };
}
