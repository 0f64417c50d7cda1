import { graphql } from '../../gql';

export const AreaFields = graphql(`
  fragment AreaFields on Area {
    anywhere
    radiusKm
    place {
      id
      name
      countryCode
    }
  }
`);

/** What a card in a list shows of a need. */
export const NeedSummaryFields = graphql(`
  fragment NeedSummaryFields on Need {
    id
    title
    description
    status
    expiresAt
    createdAt
    area {
      ...AreaFields
    }
    categories {
      code
      name
    }
    coop {
      id
      slug
      name
    }
  }
`);

export const OfferSummaryFields = graphql(`
  fragment OfferSummaryFields on Offer {
    id
    title
    description
    status
    expiresAt
    createdAt
    coopTerms
    area {
      ...AreaFields
    }
    categories {
      code
      name
    }
    coop {
      id
      slug
      name
    }
  }
`);

/** A "fulfilled by" claim as the need's page and the named co-op's inbox show it. */
export const FulfilmentClaimFields = graphql(`
  fragment FulfilmentClaimFields on Need {
    id
    fulfilmentStatus
    fulfilmentAnsweredAt
    viewerCanAnswerFulfilment
  }
`);

export const NeedDetailFields = graphql(`
  fragment NeedDetailFields on Need {
    ...NeedSummaryFields
    budget {
      amount
      currency
    }
    preferredCoopType
    closedAt
    matchedAt
    updatedAt
    viewerCanEdit
    fulfilledBy {
      id
      slug
      name
    }
    ...FulfilmentClaimFields
  }
`);

export const OfferDetailFields = graphql(`
  fragment OfferDetailFields on Offer {
    ...OfferSummaryFields
    closedAt
    matchedAt
    updatedAt
    viewerCanEdit
  }
`);

export const NeedPageQuery = graphql(`
  query NeedPage($id: ID!, $matches: Int!) {
    need(id: $id) {
      ...NeedDetailFields
      matches(first: $matches) {
        ...MatchFields
        offer {
          id
          title
          coopTerms
        }
      }
      recommendations(first: 20) {
        ...RecommendationFields
      }
    }
  }
`);

export const OfferPageQuery = graphql(`
  query OfferPage($id: ID!, $matches: Int!) {
    offer(id: $id) {
      ...OfferDetailFields
      matches(first: $matches) {
        ...MatchFields
        need {
          ...NeedSummaryFields
        }
      }
    }
  }
`);

export const NeedsListQuery = graphql(`
  query NeedsList($filter: PostingFilter, $first: Int!, $after: String) {
    needs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NeedSummaryFields
        }
      }
    }
  }
`);

export const OffersListQuery = graphql(`
  query OffersList($filter: PostingFilter, $first: Int!, $after: String) {
    offers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...OfferSummaryFields
        }
      }
    }
  }
`);

export const PostNeedMutation = graphql(`
  mutation PostNeed($coopId: ID!, $input: NeedInput!, $idempotencyKey: String) {
    postNeed(coopId: $coopId, input: $input, idempotencyKey: $idempotencyKey) {
      need {
        ...NeedDetailFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateNeedMutation = graphql(`
  mutation UpdateNeed($id: ID!, $input: NeedInput!) {
    updateNeed(id: $id, input: $input) {
      need {
        ...NeedDetailFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const CloseNeedMutation = graphql(`
  mutation CloseNeed($input: CloseNeedInput!) {
    closeNeed(input: $input) {
      need {
        ...NeedDetailFields
        matches(first: 1) {
          id
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const PostOfferMutation = graphql(`
  mutation PostOffer($coopId: ID!, $input: OfferInput!, $idempotencyKey: String) {
    postOffer(coopId: $coopId, input: $input, idempotencyKey: $idempotencyKey) {
      offer {
        ...OfferDetailFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateOfferMutation = graphql(`
  mutation UpdateOffer($id: ID!, $input: OfferInput!) {
    updateOffer(id: $id, input: $input) {
      offer {
        ...OfferDetailFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const WithdrawOfferMutation = graphql(`
  mutation WithdrawOffer($id: ID!) {
    withdrawOffer(id: $id) {
      offer {
        ...OfferDetailFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ConfirmFulfilmentMutation = graphql(`
  mutation ConfirmFulfilment($needId: ID!) {
    confirmFulfilment(needId: $needId) {
      need {
        ...FulfilmentClaimFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RejectFulfilmentMutation = graphql(`
  mutation RejectFulfilment($needId: ID!) {
    rejectFulfilment(needId: $needId) {
      need {
        ...FulfilmentClaimFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** The co-op a posting is made for, with its place to start the area from. */
export const PostingCoopQuery = graphql(`
  query PostingCoop($slug: String!) {
    coop(slug: $slug) {
      id
      slug
      name
      viewerCanEdit
      viewerRole
      place {
        id
        name
        countryCode
      }
    }
  }
`);
