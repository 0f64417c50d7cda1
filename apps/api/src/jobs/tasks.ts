import type { TaskList } from 'graphile-worker';
import type { Services } from '../services';

/** What each job does; the services own the work, so a job is one call. */
export function taskList(services: Services): TaskList {
  return {
    'match-need': async (payload) => services.matcher.matchNeed(idOf(payload, 'needId')),
    // Matching an expired need removes its matches (Matcher.matchNeed checks that it is open).
    'expire-need': async (payload) => services.matcher.matchNeed(idOf(payload, 'needId')),
    'match-offer': async (payload) => services.matcher.matchOffer(idOf(payload, 'offerId')),
    // Likewise an expired offer's matches go (Matcher.matchOffer keeps none for a closed offer).
    'expire-offer': async (payload) => services.matcher.matchOffer(idOf(payload, 'offerId')),
    'send-digests': async () => {
      await services.digests.sendDue();
    },
    'remind-referrals': async () => {
      await services.referralReminders.sendDue();
    },
    'remind-meetings': async () => {
      await services.meetingReminders.sendDue();
    },
    'sweep-expired': async () => {
      await services.rateLimits.sweepExpired();
    },
    'compact-search-counts': async () => {
      await services.search.compactWordCounts();
    },
    'dump-directory': async () => {
      await services.directoryDumps.writeAll();
    },
    'learn-related-words': async () => {
      await services.search.learnRelatedWords();
    },
  };
}

function idOf(payload: unknown, key: string): string {
  const value = (payload as Record<string, unknown> | null)?.[key];
  if (typeof value !== 'string') throw new Error(`Job payload lacks ${key}`);
  return value;
}
