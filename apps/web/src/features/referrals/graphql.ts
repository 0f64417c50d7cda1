import { graphql } from '../../gql';

export const MoneyFields = graphql(`
  fragment MoneyFields on Money {
    amount
    currency
  }
`);

/** What a row in a co-op's lists shows; no history, so a page of them stays cheap. */
export const ReferralRowFields = graphql(`
  fragment ReferralRowFields on Referral {
    id
    kind
    stage
    what
    createdAt
    from {
      id
      slug
      name
    }
    to {
      id
      slug
      name
    }
    prospect {
      name
      organisation
    }
    estimatedValue {
      ...MoneyFields
    }
    wonValue {
      ...MoneyFields
    }
  }
`);

/** Everything the referral's own page shows; moves answer with it, so the page updates from the cache. */
export const ReferralDetailFields = graphql(`
  fragment ReferralDetailFields on Referral {
    ...ReferralRowFields
    warmth
    note
    closingReason
    passedBy
    consentAt
    firstContactedAt
    viewerSide
    viewerNextStages
    need {
      id
      title
    }
    prospect {
      email
      phone
      coop {
        id
        slug
        name
      }
    }
    history {
      id
      stage
      fromStage
      by
      reason
      at
      coop {
        id
        name
      }
      value {
        ...MoneyFields
      }
    }
  }
`);

export const ReferralQuery = graphql(`
  query Referral($id: ID!) {
    referral(id: $id) {
      ...ReferralDetailFields
    }
  }
`);

export const MoveReferralMutation = graphql(`
  mutation MoveReferral($input: MoveReferralInput!) {
    moveReferral(input: $input) {
      referral {
        ...ReferralDetailFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const PassReferralMutation = graphql(`
  mutation PassReferral($input: PassReferralInput!, $idempotencyKey: String) {
    passReferral(input: $input, idempotencyKey: $idempotencyKey) {
      referral {
        id
        to {
          id
          name
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** The need a referral is passed for: its title and co-op fill the form in. */
export const ReferralNeedQuery = graphql(`
  query ReferralNeed($id: ID!) {
    need(id: $id) {
      id
      title
      status
      coop {
        id
        slug
        name
      }
    }
  }
`);

/** A co-op another co-op recommended for a need, as the need's co-op sees it. */
export const RecommendationFields = graphql(`
  fragment RecommendationFields on Recommendation {
    recommended {
      id
      slug
      name
    }
    by {
      id
      slug
      name
    }
    warmth
    at
  }
`);

/** The co-op a link names by id (?to=), for a link pasted into a new tab: no history state, no cache. */
export const ReferralCoopQuery = graphql(`
  query ReferralCoop($id: ID!) {
    coopById(id: $id) {
      id
      slug
      name
    }
  }
`);

/**
 * The referrals a co-op passed that are still standing (not declined or withdrawn), with the need
 * and the receiver of each: the need page offers "Pass as a referral" only where none was passed.
 * The newest 100: a co-op with more standing referrals than that may be offered a repeat.
 */
export const NeedReferralsPassedQuery = graphql(`
  query NeedReferralsPassed($slug: String!) {
    coop(slug: $slug) {
      id
      referralsGiven(first: 100, stages: [PASSED, ACCEPTED, CONTACTED, MEETING_HELD, PROPOSAL_SENT, WON, LOST]) {
        edges {
          node {
            id
            need {
              id
            }
            to {
              id
            }
          }
        }
      }
    }
  }
`);

/** Co-ops to choose from, by the search the header box uses; only what an option shows. */
export const CoopPickerQuery = graphql(`
  query CoopPicker($input: CoopSearchInput!, $first: Int!) {
    search(input: $input, first: $first) {
      edges {
        node {
          id
          slug
          name
          place {
            id
            name
          }
        }
      }
    }
  }
`);

export const ReferralTallyFields = graphql(`
  fragment ReferralTallyFields on ReferralTally {
    total
    open
    won
    lost
    declined
    withdrawn
    conversionRate
    medianDaysToFirstContact
  }
`);

/** One fragment for the public card and the ledger page, so they share one cached ledger. */
export const ReferralLedgerFields = graphql(`
  fragment ReferralLedgerFields on ReferralLedger {
    given {
      ...ReferralTallyFields
    }
    received {
      ...ReferralTallyFields
    }
    valueGiven {
      ...MoneyFields
    }
    valueReceived {
      ...MoneyFields
    }
    months {
      month
      given
      received
      valueGiven {
        ...MoneyFields
      }
      valueReceived {
        ...MoneyFields
      }
    }
  }
`);

export const CoopReferralLedgerQuery = graphql(`
  query CoopReferralLedger($slug: String!) {
    coop(slug: $slug) {
      id
      slug
      name
      viewerRole
      listedAsGiver
      referralLedger {
        ...ReferralLedgerFields
      }
    }
  }
`);

export const ReferralsGivenQuery = graphql(`
  query ReferralsGiven($slug: String!, $first: Int!, $after: String, $stages: [ReferralStage!]) {
    coop(slug: $slug) {
      id
      referralsGiven(first: $first, after: $after, stages: $stages) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...ReferralRowFields
          }
        }
      }
    }
  }
`);

export const ReferralsReceivedQuery = graphql(`
  query ReferralsReceived($slug: String!, $first: Int!, $after: String, $stages: [ReferralStage!]) {
    coop(slug: $slug) {
      id
      referralsReceived(first: $first, after: $after, stages: $stages) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...ReferralRowFields
          }
        }
      }
    }
  }
`);

export const BusinessThanksFields = graphql(`
  fragment BusinessThanksFields on BusinessThanks {
    id
    status
    viewerCanAnswer
    note
    createdAt
    value {
      ...MoneyFields
    }
    from {
      id
      slug
      name
    }
    to {
      id
      slug
      name
    }
    referral {
      id
    }
  }
`);

export const BusinessThanksListQuery = graphql(`
  query BusinessThanksList($slug: String!, $first: Int!, $after: String) {
    coop(slug: $slug) {
      id
      businessThanks(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...BusinessThanksFields
          }
        }
      }
    }
  }
`);

export const ThankForBusinessMutation = graphql(`
  mutation ThankForBusiness($input: ThankForBusinessInput!, $idempotencyKey: String) {
    thankForBusiness(input: $input, idempotencyKey: $idempotencyKey) {
      thanks {
        ...BusinessThanksFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AnswerThanksMutation = graphql(`
  mutation AnswerThanks($input: AnswerThanksInput!) {
    answerThanks(input: $input) {
      thanks {
        ...BusinessThanksFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ListAsGiverMutation = graphql(`
  mutation ListAsGiver($input: ListAsGiverInput!) {
    listAsGiver(input: $input) {
      coop {
        id
        listedAsGiver
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReferralNetworkQuery = graphql(`
  query ReferralNetwork($givers: Int!) {
    referralNetwork {
      passed
      won
      passedThisYear
      valueThisYear {
        ...MoneyFields
      }
      months {
        month
        passed
        won
        value {
          ...MoneyFields
        }
      }
      topGivers(first: $givers) {
        given
        coop {
          id
          slug
          name
        }
      }
    }
  }
`);
