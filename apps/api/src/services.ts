import type { Database } from '@principle-six/db';
import { SessionStore } from './auth/sessions';
import { AccountService } from './modules/accounts/accounts.service';
import { CoopService } from './modules/coops/coops.service';
import { Matcher } from './modules/matching/matcher';
import { MatchService } from './modules/matching/matches.service';
import { MemberService } from './modules/members/members.service';
import { DigestService } from './modules/notifications/digest.service';
import { InboxEvents } from './modules/notifications/inbox-events';
import { Mailer } from './modules/notifications/mailer';
import { NotificationService } from './modules/notifications/notifications.service';
import { NeedService } from './modules/postings/needs.service';
import { OfferService } from './modules/postings/offers.service';
import { SearchService } from './modules/search/search.service';

export interface ServiceSettings {
  /** SMTP for digests; null captures mail instead of sending it (development and tests). */
  smtpUrl: string | null;
  mailFrom: string;
  /** Where people reach the web app, for links in emails. */
  publicUrl: string;
  log?: (line: string) => void;
}

export const DEFAULT_SERVICE_SETTINGS: ServiceSettings = {
  smtpUrl: null,
  mailFrom: 'Principle Six <digest@principle-six.invalid>',
  publicUrl: 'http://localhost:3000',
};

/** The rule-holders of the API, built once per server around its database. */
export function createServices(db: Database, settings: ServiceSettings = DEFAULT_SERVICE_SETTINGS) {
  const inboxEvents = new InboxEvents();
  const mailer = new Mailer({ smtpUrl: settings.smtpUrl, from: settings.mailFrom }, settings.log);
  return {
    accounts: new AccountService(db),
    coops: new CoopService(db),
    members: new MemberService(db),
    search: new SearchService(db),
    sessions: new SessionStore(db),
    needs: new NeedService(db),
    offers: new OfferService(db),
    matcher: new Matcher(db, inboxEvents),
    matches: new MatchService(db, inboxEvents),
    notifications: new NotificationService(db),
    digests: new DigestService(db, mailer, settings.publicUrl),
    inboxEvents,
    mailer,
  };
}

export type Services = ReturnType<typeof createServices>;
