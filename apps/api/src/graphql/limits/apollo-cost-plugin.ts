import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { costLimitError } from './query-cost';

/** Refuses an operation over the cost limit once its variables are known, before it runs. */
export function costLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          const error = costLimitError(schema, document, request.variables, operationName);
          if (error) {
            error.extensions.http = { status: 400 };
            throw error;
          }
        },
      };
    },
  };
}
