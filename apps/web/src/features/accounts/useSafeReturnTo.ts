import { useSearchParams } from 'react-router';

/** Where to go after signing in: the `next` parameter when it is a path on this site, else home. */
export function useSafeReturnTo(): string {
  const [params] = useSearchParams();
  const next = params.get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
