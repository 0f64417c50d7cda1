import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocumentImports } from './build/graphql-document-imports';

// In development Vite serves the app with hot reload and passes /graphql to the API, so the
// browser sees one origin, as it does in production where the API serves the built app.
const apiPort = process.env.PORT ?? '3000';

/**
 * The API documentation page (graphiql.html, served at /graphiql) is built on its own, after the
 * app, into the same folder (`vite build --mode graphiql`). Built together, the two entries would
 * share chunks (React, graphql), and the bundler would re-cut the app's own to suit GraphiQL,
 * which made the app's first load bigger; apart, the app's build is what it would be without the
 * page, and the page carries its own copy of what it shares.
 */
const GRAPHIQL_BUILD = {
  rolldownOptions: { input: path.resolve(import.meta.dirname, 'graphiql.html') },
  emptyOutDir: false,
  copyPublicDir: false,
  // Monaco (the editor) is one chunk of some 2,800 kB, loaded on this developer page only.
  chunkSizeWarningLimit: 3000,
};

export default defineConfig(({ mode }) => ({
  plugins: [
    graphqlDocumentImports(),
    react(),
  ],
  // The dev server pre-bundles what the app's entry imports. Crawling every HTML file also took in
  // graphiql.html, whose Monaco workers (`?worker` imports) the pre-bundler cannot load: `pnpm dev`
  // stopped at start. The GraphiQL page's dependencies are bundled when it is first opened.
  optimizeDeps: { entries: ['index.html'] },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    // ws: the inbox's live updates are a graphql-ws socket on the same path.
    proxy: {
      '/graphql': { target: `http://127.0.0.1:${apiPort}`, ws: true },
      '/exports': { target: `http://127.0.0.1:${apiPort}` },
      '/calendars': { target: `http://127.0.0.1:${apiPort}` },
      // Open data: feeds and Murmurations profiles.
      '/feeds': { target: `http://127.0.0.1:${apiPort}` },
      '/murmurations': { target: `http://127.0.0.1:${apiPort}` },
      // The API documentation's schema and limits; the page itself is /graphiql.html here.
      '/graphiql/': { target: `http://127.0.0.1:${apiPort}` },
    },
  },
  // No source maps in the build: served, they would publish the source; WEB_SOURCEMAPS=on makes
  // hidden ones (not linked from the scripts) for looking into bundle sizes locally.
  build: {
    sourcemap: process.env.WEB_SOURCEMAPS === 'on' ? 'hidden' : false,
    ...(mode === 'graphiql' ? GRAPHIQL_BUILD : {}),
  },
}));
