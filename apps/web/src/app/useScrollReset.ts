import { useEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * A new page starts at its top, as a link to a new document would; going back and forward keeps
 * the browser's own scroll restoration. (The data router's ScrollRestoration does more, but the
 * data router would cost the first load 16 KiB gzipped; see router.tsx.) Links to a #fragment
 * are left to useScrollToHash.
 */
export function useScrollReset() {
  const { pathname, hash } = useLocation();
  const navigationType = useNavigationType();
  useEffect(() => {
    if (navigationType !== 'POP' && !hash) window.scrollTo(0, 0);
  }, [pathname, hash, navigationType]);
}
