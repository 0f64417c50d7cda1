import { Router } from 'express';
import type { Database } from '@principle-six/db';
import { postingsFeed, type FeedFilter, type FeedFormat, type FeedKind } from '../modules/open-data/feeds';
import { licenceHeaders } from '../modules/open-data/licence';

const CONTENT_TYPES: Record<FeedFormat, string> = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
};

/**
 * GET /feeds/{needs,offers,postings}.{atom,rss}, with ?category=<code> and ?place=<town>: the
 * newest open needs and offers (modules/open-data/feeds.ts). Public and the same for everyone, so
 * shared caches may keep a copy for five minutes.
 */
export function feedsRouter(db: Database, publicUrl: string): Router {
  const router = Router();
  router.get('/feeds/:file', async (req, res, next) => {
    // A feed that does not exist is a 404 here, not the app's page (which would answer 200).
    const match = /^(needs|offers|postings)\.(atom|rss)$/.exec(req.params.file);
    if (!match) return void res.status(404).type('text/plain').send('There is no such feed.\n');
    const kind = match[1] as FeedKind;
    const format = match[2] as FeedFormat;
    const category = oneValue(req.query.category);
    const place = oneValue(req.query.place);
    if (category === null || place === null) return void res.status(400).type('text/plain').send('Give each filter once: ?category=<code>&place=<town>.\n');
    try {
      const filter: FeedFilter = { category, place };
      const result = await postingsFeed(db, publicUrl, kind, filter);
      if (!result.ok) return void res.status(400).type('text/plain').send(`${result.message}\n`);
      res.set({ 'Cache-Control': 'public, max-age=300', ...licenceHeaders() });
      res.type(CONTENT_TYPES[format]).send(format === 'atom' ? result.feed.atom1() : result.feed.rss2());
    } catch (error) {
      next(error);
    }
  });
  return router;
}

/** A query parameter given at most once: its value, undefined when absent, null when repeated or nested. */
function oneValue(value: unknown): string | undefined | null {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : null;
}
