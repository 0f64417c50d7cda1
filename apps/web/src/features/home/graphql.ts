import { graphql } from '../../gql';

/** Everything the front page shows, in one request. */
export const FrontPageQuery = graphql(`
  query FrontPage {
    networkFigures {
      coops
      openNeeds
      openOffers
      needsThisWeek
      councils
    }
    referralNetwork {
      passed
      won
    }
    needs(first: 6) {
      totalCount
      edges {
        node {
          ...NeedSummaryFields
          coop {
            id
            isDemo
          }
        }
      }
    }
    offers(first: 4) {
      totalCount
      edges {
        node {
          ...OfferSummaryFields
        }
      }
    }
    upcomingMeetings(first: 3) {
      ...MeetingRowFields
    }
  }
`);
