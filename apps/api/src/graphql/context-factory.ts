import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Database } from '@principle-six/db';
import { SESSION_COOKIE } from '../auth/sessions';
import type { MapTiles } from '../config';
import type { Services } from '../services';
import type { GraphQLContext, Viewer } from './context';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from './database-unavailable';
import { createLoaders } from './loaders';

export interface ContextSettings {
  cookies: { secure: boolean };
  mapTiles: MapTiles | null;
}

/** Builds each request's context: who is signed in, fresh loaders, and session cookie handling. */
export function contextFactory(db: Database, services: Services, settings: ContextSettings) {
  const { cookies, mapTiles } = settings;
  return async ({ req, res }: { req: Request; res: Response }): Promise<GraphQLContext> => {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    const viewer: Viewer | null = await services.sessions
      .userFor(typeof token === 'string' ? token : undefined)
      .catch(asUnavailable);
    return {
      db,
      viewer,
      services,
      mapTiles,
      requestAddress: req.ip ?? req.socket.remoteAddress ?? null,
      loaders: createLoaders(db, viewer?.user.id ?? null),
      // Apollo shallow-copies the context per operation, so these update the copy they are
      // called on (`this`), which is the one the rest of the operation's resolvers see.
      async startSession(user) {
        // A new session on every sign-in, so a session id fixed before sign-in is never promoted.
        if (this.viewer) await services.sessions.end(this.viewer.sessionId);
        const session = await services.sessions.create(user.id);
        res.cookie(SESSION_COOKIE, session.token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: cookies.secure,
          path: '/',
          expires: session.expiresAt,
        });
        this.viewer = { user, sessionId: session.id };
        this.loaders = createLoaders(db, user.id);
        return this.viewer;
      },
      async endSession() {
        if (this.viewer) await services.sessions.end(this.viewer.sessionId);
        res.clearCookie(SESSION_COOKIE, { path: '/' });
        this.viewer = null;
        this.loaders = createLoaders(db, null);
      },
    };
  };
}

/**
 * Looking up the session is the first thing every request asks the database; when it is not
 * answering, the request is refused there with a 503 saying so (Apollo takes the status from the
 * error), rather than as an unexplained 500.
 */
function asUnavailable(error: unknown): never {
  if (!isDatabaseUnavailable(error)) throw error;
  throw new GraphQLError(DATABASE_UNAVAILABLE.message, {
    extensions: { code: DATABASE_UNAVAILABLE.code, http: { status: 503 } },
  });
}

/**
 * The context of a subscription socket's operations (graphql-ws): the person the socket's session
 * belongs to, checked when it connected. It cannot start or end sessions.
 */
export function subscriptionContextFactory(db: Database, services: Services, settings: ContextSettings) {
  return (viewer: Viewer): GraphQLContext => ({
    db,
    viewer,
    services,
    mapTiles: settings.mapTiles,
    // Subscriptions run no rate-limited mutations (queries and mutations go over HTTP).
    requestAddress: null,
    loaders: createLoaders(db, viewer.user.id),
    startSession: () => Promise.reject(new Error('Sessions start over HTTP, not on a subscription')),
    endSession: () => Promise.reject(new Error('Sessions end over HTTP, not on a subscription')),
  });
}
