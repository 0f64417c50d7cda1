import { GraphQLError } from 'graphql';
import type { UserError } from '../generated/resolvers';

/**
 * Queries have no payload to carry UserErrors, so a bad argument to one is a GraphQL error
 * with code BAD_USER_INPUT and the offending argument in `extensions.field`.
 */
export function badQueryInput(error: UserError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: 'BAD_USER_INPUT', field: error.field },
  });
}
