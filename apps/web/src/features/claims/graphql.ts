import { graphql } from '../../gql';

export const ClaimFields = graphql(`
  fragment ClaimFields on CoopClaim {
    id
    status
    websiteToken
    website
    emailDomain
    emailSentTo
    emailExpiresAt
    reviewNote
    reviewRequestedAt
    provenBy
    closedReason
    createdAt
    expiresAt
    coop {
      id
      slug
      name
      viewerRole
    }
  }
`);

/** What the co-op's page needs to offer a claim: whether anyone runs it, and the viewer's claim. */
export const CoopClaimStateQuery = graphql(`
  query CoopClaimState($slug: String!) {
    coop(slug: $slug) {
      id
      claimable
      viewerClaim {
        id
        status
      }
    }
  }
`);

export const ClaimQuery = graphql(`
  query Claim($id: ID!) {
    claim(id: $id) {
      ...ClaimFields
    }
  }
`);

export const StartClaimMutation = graphql(`
  mutation StartClaim($coopId: ID!) {
    startClaim(coopId: $coopId) {
      claim {
        ...ClaimFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const SendClaimEmailMutation = graphql(`
  mutation SendClaimEmail($input: SendClaimEmailInput!) {
    sendClaimEmail(input: $input) {
      claim {
        ...ClaimFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ConfirmClaimEmailMutation = graphql(`
  mutation ConfirmClaimEmail($token: String!) {
    confirmClaimEmail(token: $token) {
      claim {
        ...ClaimFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CheckClaimWebsiteMutation = graphql(`
  mutation CheckClaimWebsite($claimId: ID!) {
    checkClaimWebsite(claimId: $claimId) {
      claim {
        ...ClaimFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RequestClaimReviewMutation = graphql(`
  mutation RequestClaimReview($input: RequestClaimReviewInput!) {
    requestClaimReview(input: $input) {
      claim {
        ...ClaimFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const WithdrawClaimMutation = graphql(`
  mutation WithdrawClaim($claimId: ID!) {
    withdrawClaim(claimId: $claimId) {
      claim {
        ...ClaimFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
