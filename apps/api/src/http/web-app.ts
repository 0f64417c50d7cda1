import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import type { Database } from '@principle-six/db';
import { pageMeta, renderMeta } from './page-meta';

/** A year: hashed file names change whenever their content does, so they never go stale. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The built single-page app. Hashed assets are cached for good; anything else in the build (the
 * favicon) for a day; the page itself is revalidated on every visit so a new release is picked
 * up at once. Source maps are not served even if a build left some behind: they would publish
 * the source. Every other path is one of the app's routes: it gets index.html with the title,
 * description and Open Graph tags of the co-op, need or offer it names, so that a shared link
 * previews properly before any script runs.
 */
export function webAppRouter(webDist: string, db: Database, publicUrl: string): Router {
  const router = Router();
  const template = readFileSync(path.join(webDist, 'index.html'), 'utf8');

  // Checked as the file server will read the path: decoded ("%2Emap") and in any case.
  router.use((req, res, next) => (decodedPath(req.path).toLowerCase().endsWith('.map') ? res.status(404).end() : next()));
  router.use(
    '/assets',
    express.static(path.join(webDist, 'assets'), {
      index: false,
      setHeaders: (res) => res.setHeader('Cache-Control', IMMUTABLE),
    }),
    // A missing asset (an old page asking for a chunk of the previous release) is a plain 404,
    // not the app's page and not an error in the log.
    (_req, res) => res.status(404).end(),
  );
  router.use(
    express.static(webDist, {
      index: false,
      maxAge: '1d',
      // index.html itself names the hashed files of one release: never kept.
      setHeaders: (res, file) => {
        if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  // The API documentation page: its own entry of the build (graphiql.html), not one of the app's
  // routes, so it is answered here before they are. Revalidated like index.html.
  const graphiqlPage = path.join(webDist, 'graphiql.html');
  if (existsSync(graphiqlPage)) {
    router.get('/graphiql', (_req, res) => res.set('Cache-Control', 'no-cache').sendFile(graphiqlPage));
  }
  router.get('/{*splat}', async (req, res, next) => {
    try {
      const meta = await pageMeta(db, req.path, publicUrl);
      res
        .status(meta.status)
        .type('html')
        .set('Cache-Control', 'no-cache')
        .send(renderMeta(template, meta));
    } catch (error) {
      next(error);
    }
  });
  return router;
}

function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
