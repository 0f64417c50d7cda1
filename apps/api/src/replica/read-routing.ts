import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { parse as parseCookies } from 'cookie';
import type { RequestHandler, Response } from 'express';
import type { Database, ReadRoute } from '@principle-six/db';
import { parseLsn } from './lsn';
import type { ReplicaMonitor } from './replica-monitor';

/**
 * The primary's write position after a person's last write. While the replica has not replayed
 * it, that person's reads go to the primary. It lives in a cookie so that every API process
 * behind the balancer knows it without sharing anything.
 */
export const READ_AFTER_COOKIE = 'p6_read_after';

/** What one request may do with the replica. */
interface RequestScope {
  /** Reads go to the replica now (a GET, or a GraphQL query once its operation is known). */
  replica: boolean;
  /** The replica holds this person's writes (or they made none lately): reads may use it. */
  holdsTheirWrites: boolean;
  res: Response;
}

/**
 * Which reads go to the read replica (DATABASE_REPLICA_URL): those of GET requests and GraphQL
 * queries, while the replica answers, is within REPLICA_MAX_LAG_SECONDS, and has replayed the
 * person's own latest write. Everything else (mutations, subscriptions, the job worker,
 * transactions, sessions and rate-limit counts) reads the primary.
 *
 * The decision is made once per request and carried to the database calls by AsyncLocalStorage,
 * so services keep one database handle and know nothing of replicas.
 */
export class ReadRouting implements ReadRoute {
  private readonly scope = new AsyncLocalStorage<RequestScope>();

  constructor(
    private readonly monitor: ReplicaMonitor,
    private readonly primary: Pick<Database, '$queryRaw'>,
    private readonly settings: { maxLagSeconds: number; cookieSecure: boolean },
  ) {}

  /** For routeReads: per database read. */
  useReplica(): boolean {
    return this.scope.getStore()?.replica === true && this.monitor.usable();
  }

  replicaFailed(error: unknown): void {
    this.monitor.markFailed(error);
  }

  /**
   * Express middleware for every request but /graphql: a GET reads the replica when it may. Mount
   * it before the routers.
   */
  requests(): RequestHandler {
    return (req, res, next) => {
      if (req.path === '/graphql') return next();
      const holdsTheirWrites = this.holdsWritesOf(req.headers.cookie);
      const reading = req.method === 'GET' || req.method === 'HEAD';
      this.scope.run({ replica: reading && holdsTheirWrites, holdsTheirWrites, res }, next);
    };
  }

  /**
   * Express middleware for /graphql, after its body is parsed (a parser's stream events would not
   * carry the scope on): the operation decides, in graphqlPlugin.
   */
  graphqlRequests(): RequestHandler {
    return (req, res, next) => {
      this.scope.run({ replica: false, holdsTheirWrites: this.holdsWritesOf(req.headers.cookie), res }, next);
    };
  }

  /** Queries read the replica when they may; after a mutation, the person's reads wait for it. */
  graphqlPlugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ operation }) => {
          const scope = this.scope.getStore();
          if (scope) scope.replica = operation?.operation === 'query' && scope.holdsTheirWrites;
        },
        willSendResponse: async ({ operation }) => {
          const scope = this.scope.getStore();
          if (!scope || operation?.operation !== 'mutation') return;
          await this.rememberWrite(scope.res);
        },
      }),
    };
  }

  private holdsWritesOf(cookieHeader: string | undefined): boolean {
    const text = cookieHeader ? parseCookies(cookieHeader)[READ_AFTER_COOKIE] : undefined;
    const lsn = text ? parseLsn(text) : null;
    return lsn === null || this.monitor.hasReplayed(lsn);
  }

  /**
   * After the mutation committed: its position on the primary, kept for REPLICA_MAX_LAG_SECONDS
   * (by then the replica has it, or it is past the lag limit and nobody reads from it).
   */
  private async rememberWrite(res: Response): Promise<void> {
    if (res.headersSent) return;
    const [row] = await this.primary.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`;
    res.cookie(READ_AFTER_COOKIE, row!.lsn, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.settings.cookieSecure,
      path: '/',
      maxAge: Math.ceil(this.settings.maxLagSeconds * 1000) + 1000,
    });
  }
}
