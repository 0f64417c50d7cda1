import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';

/**
 * PostgreSQL cannot store or compare text holding a NUL character, and says so with an error of
 * its own; such text is refused here, in the operation or its variables, before anything runs.
 */
export function nulCharacterError(document: DocumentNode, variables: unknown): GraphQLError | null {
  let found = hasNul(variables);
  if (!found) {
    visit(document, {
      [Kind.STRING]: (node) => {
        if (node.value.includes('\u0000')) found = true;
      },
    });
  }
  return found
    ? new GraphQLError('Text may not contain NUL characters (\\u0000).', { extensions: { code: 'BAD_USER_INPUT' } })
    : null;
}

function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, v]) => key.includes('\u0000') || hasNul(v, depth + 1));
}
