import { graphql } from '../../gql';

/** A match as either side sees it; the page adds the side it is read from (offer or need). */
export const MatchFields = graphql(`
  fragment MatchFields on Match {
    id
    score
    distanceKm
    updatedAt
    reasons {
      kind
      text
    }
    parts {
      text
      category
      geo
      recency
      reciprocity
      feedback
    }
    provider {
      id
      slug
      name
      place {
        id
        name
      }
    }
    viewerCoop {
      id
    }
    viewerFeedback
    viewerIntroduced
  }
`);

export const GiveMatchFeedbackMutation = graphql(`
  mutation GiveMatchFeedback($input: FeedbackInput!) {
    giveMatchFeedback(input: $input) {
      match {
        id
        viewerFeedback
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const IntroduceMutation = graphql(`
  mutation Introduce($input: IntroduceInput!, $idempotencyKey: String) {
    introduce(input: $input, idempotencyKey: $idempotencyKey) {
      introduction {
        id
        match {
          id
          viewerIntroduced
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ForYouQuery = graphql(`
  query ForYou($coopId: ID!) {
    forYou(coopId: $coopId) {
      unreadCount
      coop {
        id
        slug
        name
      }
      needsForYou {
        ...MatchFields
        createdAt
        need {
          ...NeedSummaryFields
        }
        offer {
          id
          title
        }
      }
      matchesForYourNeeds {
        ...MatchFields
        createdAt
        need {
          id
          title
        }
        offer {
          id
          title
          coopTerms
        }
      }
    }
  }
`);
