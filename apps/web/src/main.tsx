import './app/mantine-styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { i18nReady } from './i18n/i18n';

/**
 * The server sends the app's stylesheet as print-only, so that the page's first paint (drawn from
 * its HTML, apps/api/src/http/page-meta.ts) does not wait for it. Here it is applied to the
 * screen, once loaded, before the app draws anything that needs it.
 */
function applyAppStyles(): Promise<unknown> {
  const links = [...document.querySelectorAll<HTMLLinkElement>('link[data-app-styles]')];
  return Promise.all(
    links.map(
      (link) =>
        new Promise<void>((resolve) => {
          const apply = () => {
            link.media = 'all';
            resolve();
          };
          if (link.sheet) return apply();
          link.addEventListener('load', apply, { once: true });
          // Unstyled is better than nothing at all.
          link.addEventListener('error', apply, { once: true });
        }),
    ),
  );
}

// The stylesheet and the chosen language's header strings arrive together before the first draw.
void Promise.all([applyAppStyles(), i18nReady]).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
