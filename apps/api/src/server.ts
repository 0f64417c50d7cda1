import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import type { Database } from '@principle-six/db';
import type { MapTiles } from './config';
import type { GraphQLContext } from './graphql/context';
import { contextFactory, subscriptionContextFactory } from './graphql/context-factory';
import { formatError } from './graphql/format-error';
import { databaseUnavailablePlugin } from './graphql/database-unavailable';
import { costLimitPlugin } from './graphql/limits/apollo-cost-plugin';
import { limitRules } from './graphql/limits/operation-limits';
import { wellFormedTextPlugin } from './graphql/limits/well-formed-text';
import { PARSE_OPTIONS } from './graphql/limits/parse-within-limits';
import { buildSchema } from './graphql/schema';
import { normaliseOrigin } from './graphql/ws/origin';
import type { SocketCaps } from './graphql/ws/socket-registry';
import { startSubscriptionServer } from './graphql/ws/subscription-server';
import { bodyErrors } from './http/body-errors';
import { compileTrust, type TrustProxySetting } from './http/client-address';
import { devMailbox } from './http/dev-mailbox';
import { healthRouter, type Readiness } from './http/health';
import { calendarsRouter } from './http/calendars';
import { crawlersRouter } from './http/crawlers';
import { murmurationsRouter } from './http/murmurations';
import { directoryExportsRouter } from './http/directory-exports';
import { graphiqlRouter } from './http/graphiql';
import { feedsRouter } from './http/feeds';
import { referralsExport } from './http/referrals-export';
import { webAppRouter } from './http/web-app';
import type { ReadRouting } from './replica/read-routing';
import { createServices, type Services } from './services';

export interface ServerOptions {
  db: Database;
  port: number;
  host: string;
  cookieSecure: boolean;
  /** The built SPA to serve at every path but /graphql; null to serve the API alone. */
  webDist: string | null;
  production: boolean;
  /** The results map's tile source; none (markers only) when left out. */
  mapTiles?: MapTiles | null;
  /** The services to serve; built around `db` with default settings when left out. */
  services?: Services;
  /** Origins whose pages may open a subscription socket; a client sending no Origin may too. */
  allowedOrigins?: string[];
  /** Caps on open subscription sockets; DEFAULT_SOCKET_CAPS when left out. */
  socketCaps?: SocketCaps;
  /** Serve captured mail at /dev/mailbox (DEV_MAILBOX; only while mail is captured). */
  devMailbox?: boolean;
  /** For /readyz: whether this process's job worker runs; no worker ('off') when left out. */
  readiness?: () => Readiness;
  /** Whose X-Forwarded-For to believe about client addresses (TRUST_PROXY); no proxy when left out. */
  trustProxy?: TrustProxySetting;
  /** Which reads go to the read replica (DATABASE_REPLICA_URL); all to `db` when left out. */
  readRouting?: ReadRouting;
}

export interface RunningServer {
  url: string;
  /**
   * The first step of a graceful stop: /readyz turns 503 so a balancer stops sending work here,
   * subscription sockets close with 1012 (clients reconnect elsewhere) and no new ones are taken.
   * HTTP requests are still served until close().
   */
  drain(): void;
  /** Stops taking connections, waits for requests in flight (Apollo's drain plugin), then stops. */
  close(): Promise<void>;
}

/** One HTTP server: the GraphQL API at /graphql and the web app everywhere else. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = express();
  const trust = compileTrust(options.trustProxy ?? false);
  app.set('trust proxy', trust);
  const httpServer = http.createServer(app);
  const schema = buildSchema();
  const services = options.services ?? createServices(options.db);
  const contextSettings = { cookies: { secure: options.cookieSecure }, mapTiles: options.mapTiles ?? null };

  // Subscriptions (graphql-ws) share the HTTP server and the /graphql path. A browser sends its
  // cookies with the upgrade request, so the socket knows who is signed in as HTTP does.
  // Live news between API processes (PostgreSQL LISTEN), before anyone subscribes.
  await services.liveEvents.start();
  const subscriptions = startSubscriptionServer({
    httpServer,
    schema,
    services,
    contextFor: subscriptionContextFactory(options.db, services, contextSettings),
    allowedOrigins: new Set((options.allowedOrigins ?? []).map(normaliseOrigin)),
    production: options.production,
    caps: options.socketCaps,
    trust,
  });

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    // csrfPrevention stays on (the default): the session cookie must not ride on simple requests.
    introspection: !options.production,
    // Automatic persisted queries are not offered: their errors carry no code, and the web app's
    // operations fit the limits as they are.
    persistedQueries: false,
    formatError: formatError(options.production),
    // The same operation limits as the WebSocket side (graphql/limits).
    parseOptions: PARSE_OPTIONS,
    validationRules: limitRules(),
    plugins: [
      costLimitPlugin(schema),
      ...(options.readRouting ? [options.readRouting.graphqlPlugin()] : []),
      wellFormedTextPlugin(),
      databaseUnavailablePlugin,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { async serverWillStart() { return { async drainServer() { await subscriptions.dispose(); } }; } },
    ],
    // main.ts owns SIGINT/SIGTERM: Apollo's own handlers raced it and left `stop()` hanging.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(
    helmet({
      // Mantine injects style attributes; the SPA loads nothing from other origins.
      contentSecurityPolicy: {
        directives: {
          // Asking browsers to load everything over https breaks a plain-http deployment (the
          // app opened from another machine on the network, say); only ask when served on https.
          'upgrade-insecure-requests': options.cookieSecure ? [] : null,
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', ...tileOrigins(options.mapTiles)],
        },
      },
    }),
  );
  // Brotli or gzip, as the browser accepts, for every text answer: pages, scripts, GraphQL and
  // exports. Subscriptions are WebSocket frames and are not touched.
  app.use(compression());
  let draining = false;
  const readiness = () => ({ ...(options.readiness?.() ?? { jobWorker: 'off' as const }), draining });
  // While draining, every answer closes its connection after it. A balancer that keeps idle
  // connections to this process then has none left when the listener closes, so it never sends
  // a request down a connection being closed (which it may not resend: a POST could be a
  // mutation, and the client would get a 502). New requests meanwhile open new connections.
  app.use((_req, res, next) => {
    if (draining) res.setHeader('Connection', 'close');
    next();
  });
  app.use(healthRouter({ db: options.db, readiness }));
  // After the health checks (readiness asks the primary), before every other router, so that
  // their database reads know whether they may use the replica.
  if (options.readRouting) app.use(options.readRouting.requests());
  app.use(crawlersRouter(options.db, services.publicUrl));
  app.use(murmurationsRouter(options.db, services.publicUrl));
  app.use(directoryExportsRouter(services.directoryExport, services.directoryDumps, services.rateLimits));
  app.use(graphiqlRouter(schema));
  app.use(feedsRouter(options.db, services.publicUrl));
  if (options.devMailbox && services.mailer.capturing) app.use(devMailbox(services.mailer));
  app.use(referralsExport(options.db, services.sessions, services.rateLimits));
  app.use(calendarsRouter(options.db, services.sessions, services.publicUrl));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    cookieParser(),
    ...(options.readRouting ? [options.readRouting.graphqlRequests()] : []),
    expressMiddleware(apollo, {
      context: contextFactory(options.db, services, contextSettings),
    }),
    bodyErrors,
  );
  if (options.webDist && existsSync(path.join(options.webDist, 'index.html'))) {
    app.use(webAppRouter(options.webDist, options.db, services.publicUrl));
  }

  // A port already in use fails the start (and the supervisor's restart says why), not a hang.
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const drain = () => {
    draining = true;
    subscriptions.drain();
  };
  return {
    url: `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}`,
    drain,
    async close() {
      drain();
      await apollo.stop();
      await services.liveEvents.close();
    },
  };
}

/** The origins map tiles come from ({s}.tile.example.org allows every subdomain). */
function tileOrigins(tiles: MapTiles | null | undefined): string[] {
  if (!tiles) return [];
  const url = new URL(tiles.urlTemplate.replace(/\{[xyz]\}/g, '0').replace('{s}', 'a').replace('{r}', ''));
  const host = tiles.urlTemplate.includes('{s}') ? url.host.replace(/^a\./, '*.') : url.host;
  return [`${url.protocol}//${host}`];
}
