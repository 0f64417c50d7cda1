import { graphql } from '../../gql';

export const ReportMutation = graphql(`
  mutation Report($input: ReportInput!) {
    report(input: $input) {
      report {
        id
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** Why a profile or posting is hidden: only its co-op's members and administrators get an answer. */
export const CoopHiddenQuery = graphql(`
  query CoopHidden($id: ID!) {
    coopById(id: $id) {
      id
      hidden {
        hiddenAt
        reason
      }
    }
  }
`);

export const NeedHiddenQuery = graphql(`
  query NeedHidden($id: ID!) {
    need(id: $id) {
      id
      hidden {
        hiddenAt
        reason
      }
    }
  }
`);

export const OfferHiddenQuery = graphql(`
  query OfferHidden($id: ID!) {
    offer(id: $id) {
      id
      hidden {
        hiddenAt
        reason
      }
    }
  }
`);

export const ClaimsAwaitingReviewQuery = graphql(`
  query ClaimsAwaitingReview($after: String) {
    moderation {
      claimsAwaitingReview(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            reviewNote
            reviewRequestedAt
            createdAt
            website
            claimant {
              id
              displayName
              email
            }
            coop {
              id
              slug
              name
            }
          }
        }
      }
    }
  }
`);

export const OpenReportsQuery = graphql(`
  query OpenReports($after: String) {
    moderation {
      openReports(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            subject
            reason
            createdAt
            reporter {
              id
              displayName
              email
            }
            coop {
              id
              slug
              name
            }
            need {
              id
              title
            }
            offer {
              id
              title
            }
          }
        }
      }
    }
  }
`);

export const ModerationLogQuery = graphql(`
  query ModerationLog($after: String) {
    moderation {
      actions(first: 20, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            kind
            subject
            reason
            createdAt
            hiddenNow
            actor {
              id
              displayName
            }
            coop {
              id
              slug
              name
            }
            need {
              id
              title
            }
            offer {
              id
              title
            }
          }
        }
      }
    }
  }
`);

export const ClaimLogQuery = graphql(`
  query ClaimLog($after: String) {
    moderation {
      claimEvents(first: 20, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            kind
            detail
            createdAt
            actor {
              id
              displayName
            }
            claim {
              id
            }
            coop {
              id
              slug
              name
            }
          }
        }
      }
    }
  }
`);

export const ApproveClaimMutation = graphql(`
  mutation ApproveClaim($input: DecideClaimInput!) {
    approveClaim(input: $input) {
      claim {
        id
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RejectClaimMutation = graphql(`
  mutation RejectClaim($input: DecideClaimInput!) {
    rejectClaim(input: $input) {
      claim {
        id
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const HideContentMutation = graphql(`
  mutation HideContent($input: ModerateInput!) {
    hideContent(input: $input) {
      action {
        id
        kind
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UnhideContentMutation = graphql(`
  mutation UnhideContent($input: ModerateInput!) {
    unhideContent(input: $input) {
      action {
        id
        kind
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const DismissReportsMutation = graphql(`
  mutation DismissReports($input: ModerateInput!) {
    dismissReports(input: $input) {
      action {
        id
        kind
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
