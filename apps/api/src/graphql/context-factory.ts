import type { Request, Response } from 'express';
import type { Database } from '@principle-six/db';
import { SESSION_COOKIE } from '../auth/sessions';
import type { Services } from '../services';
import type { GraphQLContext, Viewer } from './context';
import { createLoaders } from './loaders';

export interface CookieSettings {
  secure: boolean;
}

/** Builds each request's context: who is signed in, fresh loaders, and session cookie handling. */
export function contextFactory(db: Database, services: Services, cookies: CookieSettings) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<GraphQLContext> => {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    const viewer: Viewer | null = await services.sessions.userFor(
      typeof token === 'string' ? token : undefined,
    );
    const context: GraphQLContext = {
      db,
      viewer,
      services,
      loaders: createLoaders(db, viewer?.user.id ?? null),
      async startSession(user) {
        // A new session on every sign-in, so a session id fixed before sign-in is never promoted.
        if (context.viewer) await services.sessions.end(context.viewer.sessionId);
        const session = await services.sessions.create(user.id);
        res.cookie(SESSION_COOKIE, session.token, {
          httpOnly: true,
          sameSite: 'lax',
          secure: cookies.secure,
          path: '/',
          expires: session.expiresAt,
        });
        context.viewer = { user, sessionId: session.id };
        context.loaders = createLoaders(db, user.id);
        return context.viewer;
      },
      async endSession() {
        if (context.viewer) await services.sessions.end(context.viewer.sessionId);
        res.clearCookie(SESSION_COOKIE, { path: '/' });
        context.viewer = null;
        context.loaders = createLoaders(db, null);
      },
    };
    return context;
  };
}
