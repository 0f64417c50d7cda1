import type { CodegenConfig } from '@graphql-codegen/cli';

// One config generates both sides from the SDL in src/sdl: shared base types for this package,
// resolver types for the API, typed documents for the web app. Nothing else crosses between apps.
const schema = 'src/sdl/*.graphql';

const config: CodegenConfig = {
  schema,
  overwrite: true,
  ignoreNoDocuments: true,
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript'],
      config: { enumsAsTypes: true, scalars: { DateTime: 'string' }, avoidOptionals: false },
    },
    '../../apps/api/src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        contextType: '../graphql/context#GraphQLContext',
        scalars: { DateTime: 'Date' },
        mapperTypeSuffix: 'Model',
        mappers: {
          User: '@principle-six/db#User',
          Coop: '@principle-six/db#Coop',
          Place: '@principle-six/db#Place',
          Category: '@principle-six/db#Category',
          Membership: '@principle-six/db#Membership',
          Invitation: '@principle-six/db#Invitation',
          InvitationPreview: '@principle-six/db#Invitation',
          Viewer: '../graphql/context#Viewer',
          CoopSearchResult: '../modules/search/search-result#CoopSearchResultModel',
          CoopSearchHit: '../modules/search/search-result#CoopSearchHitModel',
          Need: '@principle-six/db#Need',
          Offer: '@principle-six/db#Offer',
          Area: '../modules/postings/area#AreaModel',
          Match: '@principle-six/db#Match',
          Introduction: '@principle-six/db#Introduction',
          ForYou: '../modules/matching/for-you#ForYouModel',
          Notification: '@principle-six/db#Notification',
          NotificationConnection: '../modules/notifications/inbox#NotificationConnectionModel',
          InboxEvent: '../modules/notifications/inbox#InboxEventModel',
          Referral: '@principle-six/db#Referral',
          ReferralEvent: '@principle-six/db#ReferralEvent',
          ReferralProspect: '../modules/referrals/referral-models#ReferralProspectModel',
          ReferralConnection: '../modules/referrals/referral-models#ReferralConnectionModel',
          BusinessThanks: '@principle-six/db#BusinessThanks',
          BusinessThanksConnection: '../modules/referrals/referral-models#BusinessThanksConnectionModel',
          ReferralNetwork: '../modules/referrals/referral-models#ReferralNetworkModel',
          TopGiver: '../modules/referrals/referral-models#TopGiverModel',
          Recommendation: '@principle-six/db#Referral',
          Council: '@principle-six/db#Council',
          CouncilMember: '@principle-six/db#CouncilMember',
          CouncilMemberConnection: '../modules/councils/council-models#CouncilMemberConnectionModel',
          CouncilConnection: '../modules/councils/council-models#CouncilConnectionModel',
          CouncilViewerCoop: '../modules/councils/council-models#CouncilViewerCoopModel',
          CouncilImportReport: '../modules/councils/council-models#CouncilImportReportModel',
          CouncilImportRowResult: '../modules/councils/council-models#CouncilImportRowResultModel',
          Meeting: '@principle-six/db#Meeting',
          CouncilDashboard: '../modules/councils/council-dashboard#CouncilDashboardModel',
          CoopEngagement: '../modules/councils/council-dashboard#CoopEngagementModel',
          MeetingAttendee: '@principle-six/db#MeetingAttendee',
          PitchRound: '../modules/pitch-rounds/round-view#PitchRoundView',
          Interest: '@principle-six/db#Interest',
          TalkSuggestion: '../modules/common-ground/suggestions#TalkSuggestionModel',
          PitchTap: '@principle-six/db#PitchTap',
          PitchFollowUp: '../modules/pitch-rounds/follow-ups#FollowUpModel',
          PitchTapTotals: '../modules/pitch-rounds/follow-ups#TapTotalsModel',
          PitchRoundSummary: '../modules/pitch-rounds/follow-ups#RoundSummaryModel',
        },
      },
    },
    '../../apps/web/src/gql/': {
      documents: ['../../apps/web/src/**/*.{ts,tsx}', '!../../apps/web/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, scalars: { DateTime: 'string' }, useTypeImports: true, 
        // Documents ship as their text and are parsed in the browser by graphql-tag (cached per
        // document): all of the app's operations as text gzip to about a tenth of the same as
        // ASTs, which would otherwise be a third of the first load.
        documentMode: 'graphQLTag',
      },
    },
  },
};

export default config;
