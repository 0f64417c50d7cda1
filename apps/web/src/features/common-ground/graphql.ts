import { graphql } from '../../gql';

export const InterestFields = graphql(`
  fragment InterestFields on Interest {
    id
    kind
    label
    visibility
  }
`);

export const MyInterestsQuery = graphql(`
  query MyInterests {
    viewer {
      user {
        id
      }
      interests {
        ...InterestFields
      }
    }
  }
`);

export const InterestOptionsQuery = graphql(`
  query InterestOptions($kind: InterestKind!, $text: String!) {
    interestOptions(kind: $kind, text: $text) {
      code
      label
    }
  }
`);

export const AddInterestMutation = graphql(`
  mutation AddInterest($input: InterestInput!) {
    addInterest(input: $input) {
      interest {
        ...InterestFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetInterestVisibilityMutation = graphql(`
  mutation SetInterestVisibility($input: InterestVisibilityInput!) {
    setInterestVisibility(input: $input) {
      interest {
        ...InterestFields
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveInterestMutation = graphql(`
  mutation RemoveInterest($id: ID!) {
    removeInterest(id: $id) {
      ok
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const PeopleToMeetQuery = graphql(`
  query PeopleToMeet($id: ID!) {
    meeting(id: $id) {
      id
      peopleToMeet(first: 10) {
        userId
        displayName
        reasons
        usefulness
        commonGround
        coop {
          id
          slug
          name
        }
      }
    }
    viewer {
      interests {
        id
      }
    }
  }
`);
