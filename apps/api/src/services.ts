import path from 'node:path';
import type { Database } from '@principle-six/db';
import { SessionStore } from './auth/sessions';
import { AccountService } from './modules/accounts/accounts.service';
import { ClaimDecisions } from './modules/claims/claim-decisions';
import { ClaimService } from './modules/claims/claims.service';
import { safeWebsiteFetcher, type WebsiteFetcher } from './modules/claims/website-fetcher';
import { ModerationService } from './modules/moderation/moderation.service';
import { EmailVerifications } from './modules/accounts/email-verifications';
import { InterestService } from './modules/common-ground/interests.service';
import { CouncilImportService } from './modules/councils/council-import';
import { CouncilMembershipService } from './modules/councils/council-membership';
import { CouncilService } from './modules/councils/councils.service';
import { AttendanceService } from './modules/meetings/attendance.service';
import { MeetingReminders } from './modules/meetings/meeting-reminders';
import { MeetingService } from './modules/meetings/meetings.service';
import { PitchRoundService } from './modules/pitch-rounds/pitch-rounds.service';
import { RoundEvents } from './modules/pitch-rounds/round-events';
import { createEventBus } from './live-events';
import { RoundViews } from './modules/pitch-rounds/round-view';
import { CoopService } from './modules/coops/coops.service';
import { Matcher } from './modules/matching/matcher';
import { MatchService } from './modules/matching/matches.service';
import { MemberService } from './modules/members/members.service';
import { NetworkFiguresService } from './modules/network/network-figures';
import { DigestService } from './modules/notifications/digest.service';
import { InboxEvents } from './modules/notifications/inbox-events';
import { Mailer } from './modules/notifications/mailer';
import { RateLimits } from './rate-limits/rate-limits';
import { NotificationService } from './modules/notifications/notifications.service';
import { NeedService } from './modules/postings/needs.service';
import { OfferService } from './modules/postings/offers.service';
import { BusinessThanksService } from './modules/referrals/business-thanks';
import { ReferralReminders } from './modules/referrals/reminders';
import { ReferralService } from './modules/referrals/referrals.service';
import { SearchService } from './modules/search/search.service';
import { DirectoryExport } from './modules/open-data/directory-export';
import { DirectoryDumps } from './modules/open-data/directory-dumps';

export interface ServiceSettings {
  /** SMTP for digests; null captures mail instead of sending it (development and tests). */
  smtpUrl: string | null;
  mailFrom: string;
  /** Where people reach the web app, for links in emails. */
  publicUrl: string;
  /** Where rate-limit counts live: memory for one process, the database for several. */
  rateLimitStore?: 'memory' | 'database';
  /** A PostgreSQL server whose LISTEN/NOTIFY carries live news (inbox items, pitch rounds) between API processes and job workers; null keeps it in memory. */
  liveEventsUrl?: string | null;
  /** Multiplies every rate limit (1 in the app; see RateLimits). */
  rateLimitHeadroom?: number;
  /** Where the app keeps its files; the nightly open-data dumps go in its exports folder. None: no dumps. */
  dataDir?: string;
  /**
   * The primary database, when `db` sends some reads to a replica: sessions and rate-limit counts
   * are always read where they are written (a revoked session, or a count, must not lag).
   */
  primary?: Database;
  /** Reads co-ops' websites for claim tokens; the guarded fetcher (website-fetcher.ts) when left out. */
  websiteFetcher?: WebsiteFetcher;
  log?: (line: string) => void;
}

export const DEFAULT_SERVICE_SETTINGS: ServiceSettings = {
  smtpUrl: null,
  mailFrom: 'Principle Six <digest@principle-six.invalid>',
  publicUrl: 'http://localhost:3000',
};

/** The rule-holders of the API, built once per server around its database. */
export function createServices(db: Database, settings: ServiceSettings = DEFAULT_SERVICE_SETTINGS) {
  const primary = settings.primary ?? db;
  // Start it (liveEvents.start) to hear news; publishing works without: a job worker with no
  // subscribers of its own only publishes.
  const liveEvents = createEventBus(primary, settings.liveEventsUrl, settings.log);
  const inboxEvents = new InboxEvents(liveEvents);
  const mailer = new Mailer({ smtpUrl: settings.smtpUrl, from: settings.mailFrom }, settings.log);
  const emailVerifications = new EmailVerifications(db, mailer, settings.publicUrl);
  const councils = new CouncilService(db);
  const roundViews = new RoundViews(db, new RoundEvents(liveEvents));
  const search = new SearchService(db);
  const directoryExport = new DirectoryExport(db, search, settings.publicUrl);
  return {
    accounts: new AccountService(db, emailVerifications),
    emailVerifications,
    coops: new CoopService(db),
    members: new MemberService(db),
    search,
    directoryExport,
    directoryDumps: new DirectoryDumps(directoryExport, settings.dataDir ? path.join(settings.dataDir, 'exports') : null),
    sessions: new SessionStore(primary, liveEvents),
    needs: new NeedService(db, inboxEvents),
    offers: new OfferService(db),
    matcher: new Matcher(db, inboxEvents),
    matches: new MatchService(db, inboxEvents),
    referrals: new ReferralService(db, inboxEvents),
    businessThanks: new BusinessThanksService(db, inboxEvents),
    referralReminders: new ReferralReminders(db, inboxEvents),
    notifications: new NotificationService(db),
    digests: new DigestService(db, mailer, settings.publicUrl),
    councils,
    councilImport: new CouncilImportService(db, councils, inboxEvents),
    councilMembership: new CouncilMembershipService(db, inboxEvents),
    meetings: new MeetingService(db, inboxEvents),
    attendance: new AttendanceService(db, inboxEvents),
    meetingReminders: new MeetingReminders(db, inboxEvents),
    pitchRounds: new PitchRoundService(db, roundViews, inboxEvents),
    interests: new InterestService(db),
    networkFigures: new NetworkFiguresService(db),
    claims: new ClaimService({ db, mailer, publicUrl: settings.publicUrl, fetcher: settings.websiteFetcher ?? safeWebsiteFetcher(), events: inboxEvents }),
    claimDecisions: new ClaimDecisions(db, inboxEvents),
    moderation: new ModerationService(db),
    roundViews,
    liveEvents,
    inboxEvents,
    mailer,
    /** Where people reach the web app: links in calendars and emails. */
    publicUrl: settings.publicUrl,
    rateLimits: new RateLimits(
      settings.rateLimitStore === 'database' ? { kind: 'database', db: primary } : { kind: 'memory' },
      settings.rateLimitHeadroom,
    ),
  };
}

export type Services = ReturnType<typeof createServices>;
