import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** A UTF-16 surrogate without its other half: JSON allows it ("\ud800"), UTF-8 and PostgreSQL do not. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Where in the variables a string holds a lone surrogate, or null. (The query's own strings
 * cannot: graphql's parser refuses such an escape as a syntax error.)
 */
export function brokenTextAt(variables: unknown): string | null {
  const walk = (value: unknown, at: string): string | null => {
    if (typeof value === 'string') return LONE_SURROGATE.test(value) ? at : null;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const found = walk(value[i], `${at}.${i}`);
        if (found) return found;
      }
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        const found = walk(inner, at ? `${at}.${key}` : key);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(variables ?? {}, '');
}

/**
 * Refuses an operation whose text holds half a character, once, for every field: each resolver
 * would otherwise pass it to PostgreSQL, which refuses it with an error the person never sees
 * (a 500). Hand-written because no GraphQL scalar library checks String input for this.
 */
export function wellFormedTextPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const at = brokenTextAt(request.variables);
          if (at) {
            throw new GraphQLError('This text holds a broken character (half of a UTF-16 pair). Send it as valid Unicode.', {
              extensions: { code: 'BAD_USER_INPUT', field: at, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
