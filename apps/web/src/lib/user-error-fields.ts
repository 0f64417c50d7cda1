import { graphql } from '../gql';

/** What every mutation payload says about problems a person can fix. */
export const UserErrorFields = graphql(`
  fragment UserErrorFields on UserError {
    code
    field
    message
  }
`);
