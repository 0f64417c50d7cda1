import type { GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from './database-unavailable';

/**
 * Errors a person can cause are UserErrors in payloads; what reaches here is either a malformed
 * request (shown as is) or our own fault, which in production is not described to the caller.
 * Both transports (HTTP and WebSocket) format their errors here.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR && code !== undefined) {
      return production ? withoutSuggestions(formatted) : formatted;
    }
    // graphql-ws errors carry no code: a validation error has no path, an execution error does.
    if (code === undefined && !formatted.path) return production ? withoutSuggestions(formatted) : formatted;
    if (isDatabaseUnavailable(error)) {
      return { message: DATABASE_UNAVAILABLE.message, path: formatted.path, extensions: { code: DATABASE_UNAVAILABLE.code } };
    }
    console.error(error);
    if (!production) return formatted;
    return {
      message: 'Something went wrong on our side. Please try again.',
      extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/**
 * GraphQL's "Did you mean ...?" hints name fields a visitor was not told about, which leaks the
 * schema with introspection off. GraphQL Armor's block-field-suggestions plugin is written for
 * Envelop, not Apollo Server or graphql-ws, so its one replacement is done here for both.
 */
function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(/ ?Did you mean .+\?$/, '').trim();
  return message === formatted.message ? formatted : { ...formatted, message };
}
