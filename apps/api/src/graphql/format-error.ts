import type { GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';

/**
 * Errors a person can cause are UserErrors in payloads; what reaches here is either a malformed
 * request (shown as is) or our own fault, which in production is not described to the caller.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (formatted.extensions?.code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR) return formatted;
    console.error(error);
    if (!production) return formatted;
    return {
      message: 'Something went wrong on our side. Please try again.',
      extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
