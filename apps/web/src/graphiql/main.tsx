// Monaco's editor, JSON and GraphQL workers, bundled by Vite as files of this build: nothing is
// loaded from a CDN.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql-page.css';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from 'react-error-boundary';
import { ApiExplorer } from './ApiExplorer';
import { loadApiDocs } from './load-api-docs';

/**
 * The API documentation page (/graphiql): its own entry of the web build, so that GraphiQL and
 * its editor never weigh on the app's pages. Developer documentation, in English only, like the
 * schema's descriptions.
 */
const docs = loadApiDocs();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary fallback={<p className="p6-status" role="alert">The API&apos;s schema could not be loaded. Reload the page to try again.</p>}>
      <Suspense fallback={<p className="p6-status">Loading the API&apos;s schema…</p>}>
        <ApiExplorer docs={docs} />
      </Suspense>
    </ErrorBoundary>
  </StrictMode>,
);
