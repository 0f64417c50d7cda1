import { Router } from 'express';
import type { Mailer } from '../modules/notifications/mailer';

/**
 * The mail the app captured instead of sending (no SMTP_URL), as JSON: so that a person trying
 * the app, and the browser tests, can follow a confirmation link without a mail server. Mounted
 * only when DEV_MAILBOX is on and mail is captured: it shows everyone's links to whoever asks.
 */
export function devMailbox(mailer: Mailer): Router {
  const router = Router();
  router.get('/dev/mailbox', (req, res) => {
    const to = typeof req.query.to === 'string' ? req.query.to.trim().toLowerCase() : null;
    const messages = mailer.captured.filter((m) => !to || m.to.toLowerCase() === to);
    res.json([...messages].reverse().slice(0, 50));
  });
  return router;
}
