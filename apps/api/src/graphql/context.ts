import type { Database, User } from '@principle-six/db';
import type { Loaders } from './loaders';
import type { MapTiles } from '../config';
import type { Services } from '../services';

/** The signed-in person behind a request. */
export interface Viewer {
  user: User;
  sessionId: string;
}

export interface GraphQLContext {
  db: Database;
  viewer: Viewer | null;
  loaders: Loaders;
  services: Services;
  /** The network address the request came from: what per-address rate limits count. */
  requestAddress: string | null;
  /** The results map's tile source, from the server's configuration. */
  mapTiles: MapTiles | null;
  /** Starts a session for the user and sets its cookie, replacing any session the browser had. */
  startSession(this: GraphQLContext, user: User): Promise<Viewer>;
  /** Ends the current session and clears its cookie. */
  endSession(this: GraphQLContext): Promise<void>;
}
