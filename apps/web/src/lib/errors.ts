import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** A sentence to show a person for a failed request, without the library's prefixes. */
export function describeError(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => e.message).join(' ') || 'The server could not answer that.';
  }
  if (error instanceof Error && /fetch|network/i.test(error.message)) {
    return 'We could not reach Principle Six. Check your connection and try again.';
  }
  console.error(error);
  return 'Something went wrong. Please try again.';
}
