import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Whether an error means the database is not answering (stopped, restarting, unreachable), as
 * opposed to a fault of ours: then the caller is told to try again shortly, with a 503, instead of
 * "something went wrong". The pg driver, the Prisma adapter and PostgreSQL each say it their way;
 * the causes are followed down.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth++) {
    const e = current as { code?: unknown; message?: unknown; cause?: unknown; originalError?: unknown };
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
    current = e.originalError ?? e.cause;
  }
  return false;
}

/** Node's socket errors, Prisma's "can't reach", and PostgreSQL's shutdown and start-up states. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'P1001',
  'P1017',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '08006', // connection_failure
  '08001', // sqlclient_unable_to_establish_sqlconnection
]);

const UNAVAILABLE_MESSAGES =
  /Connection terminated|connect ECONNREFUSED|Can't reach database server|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|Client has encountered a connection error|Server has closed the connection/i;

export const DATABASE_UNAVAILABLE = {
  message: 'The database is not answering right now. Please try again in a moment.',
  code: 'SERVICE_UNAVAILABLE',
} as const;

/** Answers 503 when an operation failed because the database was not answering. */
export const databaseUnavailablePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }) {
        if (errors?.some((e) => isDatabaseUnavailable(e))) response.http.status = 503;
      },
    };
  },
};
