import { Router } from 'express';
import { printSchema, type GraphQLSchema } from 'graphql';
import { SECRET_CHECKING_MUTATIONS } from '../graphql/limits/once-per-operation';
import { OPERATION_LIMITS } from '../graphql/limits/operation-limits';
import { POLICIES, ROUTE_POLICIES, blockSeconds } from '../rate-limits/policies';

/** An hour: both files change only with a release, and a stale copy only misleads the docs page. */
const CACHE_AN_HOUR = 'public, max-age=3600';

/**
 * What the API documentation page (/graphiql, a page of the web build) reads.
 *
 * Introspection stays off in production (issue 11's hardening), so the page never asks the API
 * for its schema: it builds it from `schema.graphql`, the SDL of the schema the server runs,
 * printed once at start. That says nothing the public SDL in the repository does not, costs
 * nothing per request, and opens no query the operation limits would have to police.
 * `limits.json` is read from the tables the server enforces, so the page cannot drift from them.
 */
export function graphiqlRouter(schema: GraphQLSchema): Router {
  const router = Router();
  const sdl = `${printSchema(schema)}\n`;
  const limits = JSON.stringify(apiLimits());

  router.get('/graphiql/schema.graphql', (_req, res) => {
    res.type('text/plain; charset=utf-8').set('Cache-Control', CACHE_AN_HOUR).send(sdl);
  });
  router.get('/graphiql/limits.json', (_req, res) => {
    res.type('application/json').set('Cache-Control', CACHE_AN_HOUR).send(limits);
  });
  return router;
}

/** The limits a client of the API meets, as the documentation page shows them. */
export function apiLimits() {
  return {
    /** Every operation, on both transports. */
    operation: OPERATION_LIMITS,
    /** Mutations that check a secret: one of each per operation, so aliases cannot multiply guesses. */
    oncePerOperation: [...SECRET_CHECKING_MUTATIONS],
    rateLimits: {
      /** By mutation name. */
      mutations: POLICIES,
      /** Plain HTTP routes, by method and file name. */
      routes: ROUTE_POLICIES,
      /** How long a key is blocked once a `failures` policy's limit is reached: doubling each time in a day. */
      failureBlockSeconds: { first: blockSeconds(1), longest: blockSeconds(Number.POSITIVE_INFINITY) },
    },
  };
}
