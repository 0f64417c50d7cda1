import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocumentImports } from './build/graphql-document-imports';

// In development Vite serves the app with hot reload and passes /graphql to the API, so the
// browser sees one origin, as it does in production where the API serves the built app.
const apiPort = process.env.PORT ?? '3000';

export default defineConfig({
  plugins: [
    graphqlDocumentImports(),
    react(),
  ],
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    // ws: the inbox's live updates are a graphql-ws socket on the same path.
    proxy: {
      '/graphql': { target: `http://127.0.0.1:${apiPort}`, ws: true },
      '/exports': { target: `http://127.0.0.1:${apiPort}` },
      '/calendars': { target: `http://127.0.0.1:${apiPort}` },
    },
  },
  // No source maps in the build: served, they would publish the source; WEB_SOURCEMAPS=on makes
  // hidden ones (not linked from the scripts) for looking into bundle sizes locally.
  build: { sourcemap: process.env.WEB_SOURCEMAPS === 'on' ? 'hidden' : false },
});
