import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type FieldPolicy } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

/**
 * Queries and mutations go over HTTP; subscriptions over graphql-ws on the same /graphql path.
 * Both are same-origin, so the session cookie goes with the HTTP requests and with the socket's
 * upgrade request, which is where the API reads who is listening.
 */
export function createApolloClient() {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const socket = new GraphQLWsLink(
    createClient({
      url: () => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
      // The socket knows its person from the cookie at connect time, so it must not outlive the
      // subscriptions of whoever opened it: it closes once the last one ends (on sign-out).
      lazy: true,
      lazyCloseTimeout: 0,
      retryAttempts: Infinity,
      shouldRetry: () => true,
    }),
  );
  return new ApolloClient({
    link: ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, socket, http),
    cache: new InMemoryCache({
      typePolicies: {
        Category: { keyFields: ['code'] },
        Viewer: { keyFields: [] },
        // Parts and reasons belong to one match and are replaced whole when it is scored again.
        MatchScoreParts: { keyFields: false },
        Area: { keyFields: false },
        // A co-op's referral figures have no id of their own: the newest answer is the ledger.
        ReferralLedger: { merge: true },
        ReferralTally: { merge: true },
        // A round arrives from queries, mutations and the live subscription, not always in order:
        // the highest version is the round as it is.
        PitchRound: {
          merge(existing, incoming, { readField }) {
            const had = existing ? (readField<number>('version', existing) ?? -1) : -1;
            const got = readField<number>('version', incoming) ?? -1;
            return existing && had > got ? existing : { ...existing, ...incoming };
          },
        },
        Query: {
          fields: {
            councils: cursorPages(['query']),
          },
        },
        Council: {
          fields: {
            members: cursorPages(false),
          },
        },
        // The administrators' lists (/admin): one per session, read a page at a time.
        Moderation: {
          keyFields: [],
          fields: {
            claimsAwaitingReview: cursorPages(false),
            openReports: cursorPages(false),
            actions: cursorPages(false),
            claimEvents: cursorPages(false),
          },
        },
        Coop: {
          fields: {
            referralsGiven: cursorPages(['stages']),
            referralsReceived: cursorPages(['stages']),
            businessThanks: cursorPages(false),
          },
        },
      },
    }),
  });
}

interface EdgesPage {
  edges: readonly unknown[];
}

/**
 * A list read a page at a time ("Load more"): a page after a cursor adds to the pages before it;
 * the first page (a refetch, when an inbox event arrives) starts the list again.
 */
function cursorPages(keyArgs: string[] | false): FieldPolicy<EdgesPage | null> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!args?.after || !existing || !incoming) return incoming;
      return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
    },
  };
}
