import type { Database } from './client';

/** Prisma operations that only read: model reads and raw queries (raw statements write). */
const READ_OPERATIONS = new Set([
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'findUnique',
  'findUniqueOrThrow',
  'groupBy',
  'aggregate',
  'count',
  '$queryRaw',
  '$queryRawUnsafe',
  '$queryRawTyped',
]);

/** Asked before each read, and told when the replica failed one that the primary then answered. */
export interface ReadRoute {
  /** Whether this read may go to the replica (the caller's scope, the replica's health and lag). */
  useReplica(): boolean;
  /** The replica failed a read that the primary answered: stop using it until it is checked again. */
  replicaFailed(error: unknown): void;
}

/**
 * The primary's client, with reads sent to `replica` when `route` allows.
 *
 * Prisma's own read-replicas extension (@prisma/extension-read-replicas) sends every model read
 * to a replica always and every raw query to the primary always. Here most reads are raw SQL
 * (search, matching, feeds), and a read must stay on the primary while the person's own write
 * has not reached the replica, or while the replica is down or behind. So this follows the same
 * route as that extension (a query extension over `$allOperations`, transactions kept on the
 * primary) with the decision made per read by `route`.
 *
 * A read the replica fails (down, a recovery conflict, or a raw query that turns out to write:
 * the standby refuses those) is run again on the primary, so clients never see the replica's
 * failure; if the primary fails too, its error is the one thrown.
 *
 * The result is typed as the primary: a query extension changes where operations run, not the
 * client's methods.
 */
export function routeReads(primary: Database, replica: Database, route: ReadRoute): Database {
  const replicaClient = replica as unknown as Record<string, unknown>;
  const extended = primary.$extends({
    query: {
      async $allOperations({ model, operation, args, query, ...rest }) {
        // Inside a transaction (interactive or batched), everything stays with the primary.
        const inTransaction = Boolean((rest as { __internalParams?: { transaction?: unknown } }).__internalParams?.transaction);
        if (inTransaction || !READ_OPERATIONS.has(operation) || !route.useReplica()) return query(args);
        const target = (model ? replicaClient[model.charAt(0).toLowerCase() + model.slice(1)] : replicaClient) as Record<
          string,
          (...a: unknown[]) => Promise<unknown>
        >;
        try {
          // Raw queries take their arguments spread (a template's strings and values, or SQL and
          // values), as Prisma hands them to the extension.
          return await (operation.startsWith('$') && Array.isArray(args) ? target[operation]!(...(args as unknown[])) : target[operation]!(args));
        } catch (replicaError) {
          const answer = await query(args);
          route.replicaFailed(replicaError);
          return answer;
        }
      },
    },
  });
  return extended as unknown as Database;
}
