import { makeExecutableSchema } from '@graphql-tools/schema';
import { withRateLimits } from '../rate-limits/rate-limit-schema';
import { DateTimeResolver } from 'graphql-scalars';
import { typeDefs } from '@principle-six/schema/sdl';
import type { Resolvers } from '../generated/resolvers';
import { accountResolvers } from '../modules/accounts/accounts.resolvers';
import { claimResolvers } from '../modules/claims/claims.resolvers';
import { moderationResolvers } from '../modules/moderation/moderation.resolvers';
import { commonGroundResolvers } from '../modules/common-ground/common-ground.resolvers';
import { councilResolvers } from '../modules/councils/councils.resolvers';
import { meetingResolvers } from '../modules/meetings/meetings.resolvers';
import { pitchRoundResolvers } from '../modules/pitch-rounds/pitch-rounds.resolvers';
import { coopResolvers } from '../modules/coops/coops.resolvers';
import { matchingResolvers } from '../modules/matching/matching.resolvers';
import { memberResolvers } from '../modules/members/members.resolvers';
import { networkResolvers } from '../modules/network/network.resolvers';
import { notificationResolvers } from '../modules/notifications/notifications.resolvers';
import { postingResolvers } from '../modules/postings/postings.resolvers';
import { referralResolvers } from '../modules/referrals/referrals.resolvers';
import { searchResolvers } from '../modules/search/search.resolvers';
import { taxonomyResolvers } from '../modules/taxonomy/taxonomy.resolvers';

const resolvers: Resolvers[] = [
  { DateTime: DateTimeResolver },
  accountResolvers,
  coopResolvers,
  memberResolvers,
  postingResolvers,
  matchingResolvers,
  notificationResolvers,
  referralResolvers,
  councilResolvers,
  meetingResolvers,
  pitchRoundResolvers,
  commonGroundResolvers,
  searchResolvers,
  taxonomyResolvers,
  networkResolvers,
  claimResolvers,
  moderationResolvers,
];

/** The executable schema: the shared SDL with this app's resolvers, rate limits applied. */
export function buildSchema() {
  return withRateLimits(makeExecutableSchema({ typeDefs, resolvers }));
}
