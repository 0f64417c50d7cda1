import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** A sentence to show a person for a failed request, without the library's prefixes. */
export function describeError(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => e.message).join(' ') || 'The server could not answer that.';
  }
  // A non-2xx answer (503 while the database is away, 413, 429) still carries the API's own
  // sentence in a GraphQL error body: show that rather than a generic line.
  if (ServerError.is(error)) {
    const said = messageIn(error.bodyText);
    if (said) return said;
    if (error.statusCode === 503) return 'Principle Six cannot answer right now. Please try again in a minute.';
    if (error.statusCode === 429) return 'Too many requests in a short time. Please wait a moment and try again.';
  }
  if (error instanceof Error && /fetch|network/i.test(error.message)) {
    return 'We could not reach Principle Six. Check your connection and try again.';
  }
  console.error(error);
  return 'Something went wrong. Please try again.';
}

function messageIn(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { errors?: { message?: unknown }[] };
    const message = parsed.errors?.find((e) => typeof e.message === 'string')?.message;
    return typeof message === 'string' && message.trim() ? message : null;
  } catch {
    return null;
  }
}
