import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { i18n } from '../i18n/i18n';

/**
 * A sentence to show a person for a failed request, without the library's prefixes. The API's
 * own sentences come in English (see README, Languages); the app's are translated.
 */
export function describeError(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => e.message).join(' ') || i18n.t('lib:errors.noAnswer');
  }
  // A non-2xx answer (503 while the database is away, 413, 429) still carries the API's own
  // sentence in a GraphQL error body: show that rather than a generic line.
  if (ServerError.is(error)) {
    const said = messageIn(error.bodyText);
    if (said) return said;
    if (error.statusCode === 503) return i18n.t('lib:errors.unavailable');
    if (error.statusCode === 429) return i18n.t('lib:errors.tooMany');
  }
  if (error instanceof Error && /fetch|network/i.test(error.message)) {
    return i18n.t('lib:errors.unreachable');
  }
  console.error(error);
  return i18n.t('lib:errors.unknown');
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
