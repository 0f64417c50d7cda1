import { Router, type Response } from 'express';
import type { Database } from '@principle-six/db';
import { licenceHeaders, licenceStatement } from '../modules/open-data/licence';
import { coopProfile, postingProfile, type ProfileUrls } from '../modules/open-data/murmurations';
import { decodeIndexCursor, encodeIndexCursor, indexPage, MAX_INDEX_PAGE } from '../modules/open-data/murmurations-index';
import { holdsRegisterRecords, openPublicPosting, publicCoopBySlug, type PostingKind } from '../modules/open-data/public-records';

/**
 * Murmurations profiles (modules/open-data/murmurations.ts), one JSON file per public co-op and
 * open need or offer, and the index an indexer reads to find them:
 * - GET /murmurations/index.json[?after=cursor]: profile URLs with their last change;
 * - GET /murmurations/coops/:slug.json, /murmurations/needs/:id.json, /murmurations/offers/:id.json.
 * Anyone may read them, from any site (CORS *): they are the public profile and nothing more.
 */
export function murmurationsRouter(db: Database, publicUrl: string): Router {
  const router = Router();
  const urls: ProfileUrls = { base: publicUrl.replace(/\/+$/, '') };
  const send = (res: Response, body: unknown, updatedAt?: Date) => {
    res.set({ ...licenceHeaders(), 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=300' });
    if (updatedAt) res.set('Last-Modified', updatedAt.toUTCString());
    res.type('application/json').send(JSON.stringify(body));
  };
  const missing = (res: Response, what: string) => res.status(404).type('text/plain').send(`There is no such ${what}.\n`);

  router.get('/murmurations/index.json', async (req, res, next) => {
    try {
      const after = typeof req.query.after === 'string' ? decodeIndexCursor(req.query.after) : null;
      if (req.query.after !== undefined && !after) return void res.status(400).type('text/plain').send('"after" is not a cursor from this index.\n');
      const [page, fromRegister] = await Promise.all([indexPage(db, after, MAX_INDEX_PAGE), holdsRegisterRecords(db)]);
      send(res, {
        licence: licenceStatement(fromRegister),
        data: page.entries.map((e) => ({
          profile_url: `${urls.base}/murmurations/${e.kind}/${encodeURIComponent(e.key)}.json`,
          linked_schemas: [e.schema],
          last_updated: Math.floor(e.updatedAt.getTime() / 1000),
        })),
        next: page.next ? `${urls.base}/murmurations/index.json?after=${encodeIndexCursor(page.next)}` : null,
      });
    } catch (error) {
      next(error);
    }
  });

  router.get('/murmurations/coops/:file', async (req, res, next) => {
    try {
      const slug = /^(.+)\.json$/.exec(req.params.file)?.[1];
      const coop = slug ? await publicCoopBySlug(db, slug) : null;
      if (!coop) return void missing(res, 'co-op');
      send(res, coopProfile(coop, urls), coop.updatedAt);
    } catch (error) {
      next(error);
    }
  });

  for (const kind of ['need', 'offer'] as PostingKind[]) {
    router.get(`/murmurations/${kind}s/:file`, async (req, res, next) => {
      try {
        const id = /^(.+)\.json$/.exec(req.params.file)?.[1];
        const posting = id ? await openPublicPosting(db, kind, id) : null;
        if (!posting) return void missing(res, `open ${kind}`);
        send(res, postingProfile(posting, urls), posting.updatedAt);
      } catch (error) {
        next(error);
      }
    });
  }
  return router;
}
