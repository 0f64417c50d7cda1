import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The API is served from the same origin, so the session cookie goes with every request. */
export function createApolloClient() {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        Category: { keyFields: ['code'] },
        Viewer: { keyFields: [] },
      },
    }),
  });
}
