import { Router, type Response } from 'express';
import { SitemapIndexStream, SitemapStream } from 'sitemap';
import type { Database } from '@principle-six/db';
import { liveSql } from '../access/postings-access';
import { publicCoopSql, publicPostingSql } from '../access/visibility';

/** A sitemap file holds at most 50,000 addresses (sitemaps.org); bigger lists are split. */
export const SITEMAP_PAGE = 50_000;

/** Pages only a signed-in person sees something on: crawlers would index a sign-in prompt. */
const PRIVATE_PATHS = ['/graphql', '/exports/', '/calendars/', '/dev/', '/account/', '/inbox', '/for-you', '/referrals', '/sign-in', '/sign-up', '/invitations/', '/verify-email/', '/admin'];

/** The public pages that are not one record's own. */
const FIXED_PAGES = ['/', '/directory', '/needs', '/offers', '/councils', '/network'];

type Kind = 'coops' | 'needs' | 'offers' | 'councils';

/**
 * robots.txt and the sitemaps, so that search engines find every public profile and open
 * posting. /sitemap.xml is an index of one file per 50,000 records of each kind; each file is
 * one query of at most 50,000 short rows, streamed out as XML.
 */
export function crawlersRouter(db: Database, publicUrl: string): Router {
  const router = Router();
  const base = publicUrl.replace(/\/+$/, '');

  router.get('/robots.txt', (_req, res) => {
    res.type('text/plain').set('Cache-Control', 'public, max-age=86400');
    const lines = ['User-agent: *', ...PRIVATE_PATHS.map((p) => `Disallow: ${p}`), 'Allow: /', '', `Sitemap: ${base}/sitemap.xml`, ''];
    res.send(lines.join('\n'));
  });

  router.get('/sitemap.xml', async (_req, res, next) => {
    try {
      const counts = await publicCounts(db);
      const files = ['/sitemaps/pages.xml'];
      for (const kind of Object.keys(counts) as Kind[]) {
        for (let page = 0; page * SITEMAP_PAGE < counts[kind]; page++) files.push(`/sitemaps/${kind}-${page + 1}.xml`);
      }
      const index = new SitemapIndexStream();
      sendXml(res, index);
      for (const file of files) index.write({ url: `${base}${file}` });
      index.end();
    } catch (error) {
      next(error);
    }
  });

  router.get('/sitemaps/pages.xml', (_req, res) => {
    const map = new SitemapStream({ hostname: base });
    sendXml(res, map);
    for (const url of FIXED_PAGES) map.write({ url });
    map.end();
  });

  router.get('/sitemaps/:file', async (req, res, next) => {
    // A sitemap that does not exist is a 404 here, not the app's page (which would answer 200).
    const missing = () => res.status(404).type('text/plain').send('There is no such sitemap.');
    const match = /^(coops|needs|offers|councils)-([1-9][0-9]{0,5})\.xml$/.exec(req.params.file);
    if (!match) return missing();
    const kind = match[1] as Kind;
    const page = Number(match[2]) - 1;
    try {
      const rows = await publicPage(db, kind, page);
      if (!rows.length) return missing();
      const map = new SitemapStream({ hostname: base });
      sendXml(res, map);
      for (const r of rows) map.write({ url: `/${kind}/${r.key}`, lastmod: r.updatedAt.toISOString() });
      map.end();
    } catch (error) {
      next(error);
    }
  });
  return router;
}

function sendXml(res: Response, stream: NodeJS.ReadableStream) {
  res.type('application/xml').set('Cache-Control', 'public, max-age=3600');
  stream.pipe(res);
}

/**
 * What counts as public here: every council, every co-op but hidden ones, and needs and offers
 * open now and not hidden (access/visibility.ts).
 */
async function publicCounts(db: Database): Promise<Record<Kind, number>> {
  const [row] = await db.$queryRaw<Record<Kind, number>[]>`
    SELECT (SELECT count(*)::int FROM coops c WHERE ${publicCoopSql('c')}) AS coops,
           (SELECT count(*)::int FROM needs n WHERE ${liveSql('n')} AND ${publicPostingSql('n')}) AS needs,
           (SELECT count(*)::int FROM offers o WHERE ${liveSql('o')} AND ${publicPostingSql('o')}) AS offers,
           (SELECT count(*)::int FROM councils) AS councils`;
  return row!;
}

async function publicPage(db: Database, kind: Kind, page: number): Promise<{ key: string; updatedAt: Date }[]> {
  const offset = page * SITEMAP_PAGE;
  switch (kind) {
    case 'coops':
      return db.$queryRaw`SELECT slug AS key, updated_at AS "updatedAt" FROM coops c WHERE ${publicCoopSql('c')} ORDER BY id LIMIT ${SITEMAP_PAGE} OFFSET ${offset}`;
    case 'councils':
      return db.$queryRaw`SELECT slug AS key, updated_at AS "updatedAt" FROM councils ORDER BY id LIMIT ${SITEMAP_PAGE} OFFSET ${offset}`;
    case 'needs':
      return db.$queryRaw`SELECT id::text AS key, updated_at AS "updatedAt" FROM needs n WHERE ${liveSql('n')} AND ${publicPostingSql('n')} ORDER BY id LIMIT ${SITEMAP_PAGE} OFFSET ${offset}`;
    case 'offers':
      return db.$queryRaw`SELECT id::text AS key, updated_at AS "updatedAt" FROM offers o WHERE ${liveSql('o')} AND ${publicPostingSql('o')} ORDER BY id LIMIT ${SITEMAP_PAGE} OFFSET ${offset}`;
  }
}
