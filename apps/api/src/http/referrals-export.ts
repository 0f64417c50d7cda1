import cookieParser from 'cookie-parser';
import { Router } from 'express';
import type { Database, Referral } from '@principle-six/db';
import type { RateLimits } from '../rate-limits/rate-limits';
import { membershipsFromDb } from '../access/postings-access';
import { canSeeProspect, seesReferralsOf } from '../access/referrals-access';
import { SESSION_COOKIE, type SessionStore } from '../auth/sessions';
import { isId } from '../errors/ids';
import { olderThan } from '../graphql/time-cursor';
import { csvHeader, csvRows } from '../modules/referrals/referrals-csv';

const BATCH = 1000;

/**
 * GET /exports/coops/:coopId/referrals.csv?side=given|received (both when left out): a co-op's
 * referrals as CSV, for its members (the session cookie, as the web app's requests carry it).
 * Streamed a thousand rows at a time in (created_at, id) order, so a co-op with a hundred thousand
 * referrals neither waits for nor holds the whole file. A GET that reads only: a page on another
 * site can start the download but cannot read it, so no CSRF token is needed.
 */
export function referralsExport(db: Database, sessions: SessionStore, rateLimits: RateLimits): Router {
  const router = Router();
  router.get('/exports/coops/:coopId/referrals.csv', cookieParser(), async (req, res, next) => {
    try {
      res.set('Cache-Control', 'no-store');
      const token: unknown = req.cookies?.[SESSION_COOKIE];
      const viewer = await sessions.userFor(typeof token === 'string' ? token : undefined);
      if (!viewer) return void res.status(401).type('text/plain').send('Sign in to download referrals.\n');
      const coopId = String(req.params.coopId);
      const coop = isId(coopId) ? await db.coop.findUnique({ where: { id: coopId }, select: { id: true, slug: true } }) : null;
      if (!coop) return void res.status(404).type('text/plain').send('There is no such co-op.\n');
      const memberships = membershipsFromDb(db, viewer.user.id);
      if (!(await seesReferralsOf(coop.id, memberships))) {
        return void res.status(403).type('text/plain').send('Only members of the co-op can download its referrals.\n');
      }
      const side = req.query.side;
      if (side !== undefined && side !== 'given' && side !== 'received') {
        return void res.status(400).type('text/plain').send('side is given or received, or left out for both.\n');
      }
      // Counted once the request is known to be a real download.
      const refused = await rateLimits.admit('GET referrals.csv', { user: viewer.user.id });
      if (refused) {
        res.set('Retry-After', String(refused.retryAfterSeconds));
        return void res.status(429).type('text/plain').send(`Too many downloads; try again in ${refused.retryAfterSeconds} s.\n`);
      }
      res.type('text/csv; charset=utf-8');
      res.set('Content-Disposition', `attachment; filename="${coop.slug}-referrals.csv"`);
      // A byte-order mark, so that spreadsheet programs read the file as UTF-8.
      res.write(`\uFEFF${csvHeader()}`);
      const where =
        side === 'given' ? { fromCoopId: coop.id } : side === 'received' ? { toCoopId: coop.id } : { OR: [{ fromCoopId: coop.id }, { toCoopId: coop.id }] };
      const names = new Map<string, string>();
      for (let after: Referral | null = null; ; ) {
        const batch: Referral[] = await db.referral.findMany({
          where: { AND: [where, olderThan(after)] },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          take: BATCH,
        });
        const unknown = [...new Set(batch.flatMap((r) => [r.fromCoopId, r.toCoopId]))].filter((id) => !names.has(id));
        if (unknown.length) {
          for (const c of await db.coop.findMany({ where: { id: { in: unknown } }, select: { id: true, name: true } })) names.set(c.id, c.name);
        }
        const rows = await Promise.all(
          batch.map(async (referral) => {
            const given = referral.fromCoopId === coop.id;
            return {
              referral,
              direction: given ? ('given' as const) : ('received' as const),
              otherCoopName: names.get(given ? referral.toCoopId : referral.fromCoopId) ?? '',
              showProspect: await canSeeProspect(referral, memberships, viewer.user),
            };
          }),
        );
        if (!res.write(csvRows(rows))) await new Promise((resolve) => res.once('drain', resolve));
        if (batch.length < BATCH) break;
        after = batch.at(-1)!;
      }
      res.end();
    } catch (error) {
      if (res.headersSent) res.destroy(error as Error);
      else next(error);
    }
  });
  return router;
}
