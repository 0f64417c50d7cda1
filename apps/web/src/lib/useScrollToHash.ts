import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Brings the element with this id into view when the URL's hash names it (/needs/1#recommendations),
 * once `ready` (its data loaded), and focuses it so keyboard and screen reader users start there.
 * The router does not do this for content that arrives after the page.
 */
export function useScrollToHash(id: string, ready: boolean) {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!ready || hash !== `#${id}`) return;
    const frame = requestAnimationFrame(() => {
      const element = document.getElementById(id);
      if (!element) return;
      element.scrollIntoView({ block: 'start' });
      element.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [hash, id, key, ready]);
}
