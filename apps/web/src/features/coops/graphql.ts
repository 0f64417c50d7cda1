import { graphql } from '../../gql';

export const CoopProfileFields = graphql(`
  fragment CoopProfileFields on Coop {
    id
    slug
    name
    postcode
    address
    provides
    whyBuy
    wantToTalkTo
    coopType
    website
    contactEmail
    contactPhone
    hasContactDetails
    viewerRole
    isDemo
    createdAt
    place {
      id
      name
      countryCode
      countryName
    }
    categories {
      code
      name
      level
    }
  }
`);

export const CoopPageQuery = graphql(`
  query CoopPage($slug: String!) {
    coop(slug: $slug) {
      ...CoopProfileFields
      councils {
        id
        slug
        name
      }
      viewerRole
      viewerCanEdit
      memberNotes
      members {
        role
        joinedAt
        user {
          id
          displayName
          email
        }
      }
      openInvitations {
        id
        role
        createdAt
        expiresAt
        createdBy {
          id
          displayName
        }
      }
    }
  }
`);

export const CreateCoopMutation = graphql(`
  mutation CreateCoop($input: CoopInput!) {
    createCoop(input: $input) {
      coop {
        ...CoopProfileFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateCoopMutation = graphql(`
  mutation UpdateCoop($id: ID!, $input: CoopInput!) {
    updateCoop(id: $id, input: $input) {
      coop {
        ...CoopProfileFields
        memberNotes
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RevealContactMutation = graphql(`
  mutation RevealContact($coopId: ID!) {
    revealContact(coopId: $coopId) {
      contact {
        email
        phone
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
