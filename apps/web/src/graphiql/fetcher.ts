import { createGraphiQLFetcher } from '@graphiql/toolkit';

/**
 * Same origin, so the browser sends its session cookie: queries run as the visitor, signed in or
 * not. No subscription URL: the page documents the read API, and sockets are for signed-in
 * people's live updates.
 */
export const apiFetcher = createGraphiQLFetcher({ url: '/graphql' });
