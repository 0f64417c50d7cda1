import cookieParser from 'cookie-parser';
import { Router } from 'express';
import type { Database } from '@principle-six/db';
import { isInsider } from '../access/councils-access';
import { SESSION_COOKIE, type SessionStore } from '../auth/sessions';
import { isId } from '../errors/ids';
import { meetingsCalendar } from '../modules/meetings/meeting-ics';

/** How far back a council's feed reaches: calendars keep what they already have. */
const FEED_PAST_DAYS = 180;
/** The most meetings one feed holds (a council meeting weekly for years stays well under it). */
const FEED_MAX = 500;

/**
 * Calendars, as iCalendar files:
 * - GET /calendars/councils/:slug.ics: a council's meetings, to subscribe to. Calendar apps fetch it
 *   with no session, so it is public and leaves online links out (they are on the meeting's page).
 * - GET /calendars/meetings/:id.ics: one meeting's invitation, downloaded from its page; it carries
 *   the online link when the session's person may have it.
 */
export function calendarsRouter(db: Database, sessions: SessionStore, publicUrl: string): Router {
  const router = Router();
  router.get('/calendars/councils/:file', async (req, res, next) => {
    try {
      const slug = /^([a-z0-9-]{1,80})\.ics$/.exec(String(req.params.file))?.[1];
      const council = slug ? await db.council.findUnique({ where: { slug } }) : null;
      if (!council) return void res.status(404).type('text/plain').send('There is no such council.\n');
      const meetings = await db.meeting.findMany({
        where: { councilId: council.id, startsAt: { gte: new Date(Date.now() - FEED_PAST_DAYS * 86_400_000) } },
        orderBy: { startsAt: 'asc' },
        take: FEED_MAX,
      });
      res.set('Cache-Control', 'public, max-age=300');
      res.type('text/calendar; charset=utf-8').send(meetingsCalendar(council, meetings, { publicUrl, withOnlineLinks: false }));
    } catch (error) {
      next(error);
    }
  });
  router.get('/calendars/meetings/:file', cookieParser(), async (req, res, next) => {
    try {
      const id = /^(.+)\.ics$/.exec(String(req.params.file))?.[1] ?? '';
      const meeting = isId(id) ? await db.meeting.findUnique({ where: { id }, include: { council: true } }) : null;
      if (!meeting) return void res.status(404).type('text/plain').send('There is no such meeting.\n');
      const token: unknown = req.cookies?.[SESSION_COOKIE];
      const viewer = await sessions.userFor(typeof token === 'string' ? token : undefined);
      const insider = await isInsider(db, meeting, viewer?.user.id);
      res.set('Cache-Control', 'private, no-store');
      res.set('Content-Disposition', `attachment; filename="${meeting.council.slug}-${meeting.startsAt.toISOString().slice(0, 10)}.ics"`);
      res.type('text/calendar; charset=utf-8').send(meetingsCalendar(meeting.council, [meeting], { publicUrl, withOnlineLinks: insider }));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
