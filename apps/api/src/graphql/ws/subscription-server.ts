import type http from 'node:http';
import { parse as parseCookies } from 'cookie';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  getOperationAST,
  specifiedRules,
  validate,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { SESSION_COOKIE } from '../../auth/sessions';
import type { Services } from '../../services';
import type { GraphQLContext, Viewer } from '../context';
import { formatError } from '../format-error';
import { limitRules } from '../limits/operation-limits';
import { parseWithinLimits } from '../limits/parse-within-limits';
import { costLimitError } from '../limits/query-cost';
import { clientAddress, compileTrust, type TrustFunction } from '../../http/client-address';
import { originAllowed } from './origin';
import { DEFAULT_SOCKET_CAPS, SocketRegistry, type SocketCaps } from './socket-registry';

/** Close codes the client sees (graphql-ws keeps 4400-4499 for the protocol's own). */
export const CLOSE = {
  /** Signed out, or the session expired: the page should reconnect after signing in. */
  sessionEnded: 4401,
  forbidden: 4403,
  tooManySockets: 4429,
  /**
   * This process is shutting down (WebSocket's "Service Restart"): graphql-ws clients treat it as
   * retryable, so pages reconnect, through the balancer, to another process and resubscribe.
   */
  serviceRestart: 1012,
} as const;

/** Subscriptions one socket may hold open at once. */
export const SUBSCRIPTIONS_PER_SOCKET = 5;

/** The largest WebSocket message taken: the same order as an operation within the token limit. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

export interface SubscriptionServerOptions {
  httpServer: http.Server;
  schema: GraphQLSchema;
  services: Services;
  /** The context of a signed-in socket's operations. */
  contextFor(viewer: Viewer): GraphQLContext;
  /** Origins whose pages may open a socket (PUBLIC_URL's and ALLOWED_ORIGINS). */
  allowedOrigins: ReadonlySet<string>;
  production: boolean;
  caps?: SocketCaps;
  /** Whose X-Forwarded-For to believe about the client's address (TRUST_PROXY); nobody's when left out. */
  trust?: TrustFunction;
}

interface SocketState {
  viewer?: Viewer;
  token?: string;
}

/**
 * graphql-ws on the HTTP server's /graphql path, under the HTTP side's rules: subscriptions only
 * (queries and mutations go over HTTP, where CSRF prevention and rate limits apply), the Origin
 * checked at the upgrade, signed-in sockets only, the session checked at connection_init and
 * before every event, the same operation limits and error masking, and caps on open sockets.
 */
export function startSubscriptionServer(options: SubscriptionServerOptions) {
  const { schema, services, production } = options;
  const trust = options.trust ?? compileTrust(false);
  const registry = new SocketRegistry(options.caps ?? DEFAULT_SOCKET_CAPS);
  const rules = [...specifiedRules, ...limitRules(), ...(production ? [NoSchemaIntrospectionCustomRule] : [])];
  const mask = formatError(production);
  const states = new WeakMap<object, SocketState>();
  let draining = false;
  const stateOf = (ctx: Context<Record<string, unknown> | undefined, Extra>) => {
    let state = states.get(ctx.extra.socket);
    if (!state) states.set(ctx.extra.socket, (state = {}));
    return state;
  };

  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    // A subscribe message is a small document; ws would otherwise take frames of up to 100 MiB.
    maxPayload: MAX_MESSAGE_BYTES,
    verifyClient: ({ origin, req }, done) => {
      // While draining, a page must reconnect elsewhere, not here again.
      if (draining) return done(false, 503, 'Shutting down');
      if (!originAllowed(origin, options.allowedOrigins)) return done(false, 403, 'Origin not allowed');
      if (!registry.admitAddress(addressOf(req, trust))) return done(false, 429, 'Too many open connections');
      done(true);
    },
  });
  wsServer.on('connection', (socket, req) => {
    socket.once('close', () => registry.releaseAddress(addressOf(req, trust)));
  });
  const stopListening = services.sessions.onEnded((sessionId) => {
    for (const socket of registry.socketsOf(sessionId)) socket.close(CLOSE.sessionEnded, 'Signed out');
  });

  const cleanup = useServer(
    {
      schema,
      async onConnect(ctx) {
        const token = parseCookies(ctx.extra.request.headers.cookie ?? '')[SESSION_COOKIE];
        const viewer = await services.sessions.userFor(token);
        // Every subscription is about the signed-in person; a visitor has nothing to listen to.
        if (!viewer) return false;
        if (!registry.admitSession(viewer.sessionId, ctx.extra.socket)) {
          ctx.extra.socket.close(CLOSE.tooManySockets, 'Too many open connections for this session');
          return false;
        }
        Object.assign(stateOf(ctx), { viewer, token });
        return true;
      },
      onClose(ctx) {
        const { viewer } = stateOf(ctx);
        if (viewer) registry.releaseSession(viewer.sessionId, ctx.extra.socket);
      },
      onSubscribe(ctx, _id, payload) {
        const { viewer } = stateOf(ctx);
        if (!viewer) return [new GraphQLError('Sign in first.')];
        // Each open subscription costs queries at every event: a page needs one or two.
        if (Object.keys(ctx.subscriptions).length >= SUBSCRIPTIONS_PER_SOCKET) {
          return [new GraphQLError(`At most ${SUBSCRIPTIONS_PER_SOCKET} subscriptions may be open on one connection.`)];
        }
        let document;
        try {
          document = parseWithinLimits(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('The operation could not be read.')];
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('Name the operation to run.')];
        if (operation.operation !== 'subscription') {
          return [new GraphQLError('Only subscriptions are served over WebSocket; send queries and mutations over HTTP.')];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return errors;
        const tooCostly = costLimitError(schema, document, payload.variables ?? undefined, payload.operationName);
        if (tooCostly) return [tooCostly];
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: options.contextFor(viewer),
        };
      },
      onOperation(ctx, _id, _payload, _args, result) {
        if (!isAsyncIterable(result)) return result;
        const state = stateOf(ctx);
        return whileSessionLasts(result, async () => {
          const now = await services.sessions.userFor(state.token);
          if (now?.sessionId === state.viewer?.sessionId) return true;
          ctx.extra.socket.close(CLOSE.sessionEnded, 'Session ended');
          return false;
        });
      },
      onNext(_ctx, _id, _payload, _args, result) {
        if (!result.errors?.length) return;
        return { ...result, errors: result.errors.map((e) => mask(e.toJSON(), e)) };
      },
      onError(_ctx, _id, _payload, errors) {
        return errors.map((e) => mask(e.toJSON(), e));
      },
    },
    wsServer,
  );

  /** Refuses new sockets and closes the open ones with 1012, so that their pages go elsewhere. */
  const drain = () => {
    draining = true;
    for (const socket of wsServer.clients) socket.close(CLOSE.serviceRestart, 'Server restarting');
  };
  return {
    drain,
    async dispose() {
      drain();
      stopListening();
      await cleanup.dispose();
    },
  };
}

function addressOf(req: http.IncomingMessage, trust: TrustFunction): string {
  return clientAddress(req, trust) || 'unknown';
}

function isAsyncIterable(value: unknown): value is AsyncIterable<ExecutionResult> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * Passes events on while `stillValid` says so, and ends the subscription (and its source) when
 * not. A plain iterator rather than an async generator: a generator waiting for its next event
 * would hold a client's `return()` until then, leaving the source subscribed.
 */
function whileSessionLasts(
  events: AsyncIterable<ExecutionResult>,
  stillValid: () => Promise<boolean>,
): AsyncIterableIterator<ExecutionResult> {
  const source = events[Symbol.asyncIterator]();
  const finish = async (): Promise<IteratorResult<ExecutionResult>> => {
    await source.return?.();
    return { done: true, value: undefined };
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      const event = await source.next();
      if (event.done) return event;
      return (await stillValid()) ? event : finish();
    },
    return: finish,
  };
}
