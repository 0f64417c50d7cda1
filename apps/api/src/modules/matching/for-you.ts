import type { Coop, Match } from '@principle-six/db';

/** What ForYou is resolved from. */
export interface ForYouModel {
  coop: Coop;
  userId: string;
  needsForYou: Match[];
  matchesForYourNeeds: Match[];
}
