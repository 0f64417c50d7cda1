import { createHash, randomUUID } from 'node:crypto';
import type { Database, Prisma } from '@principle-six/db';
import { conflict, fail, invalidInput, ok, type Result } from '../../errors/user-errors';

/**
 * Idempotent creates: a client that sends a create again (a retry after a timeout, a double
 * click) with the same `idempotencyKey` gets the first result back and nothing new is written.
 *
 * One responsibility: looking up and recording keys in `idempotency_keys`. How to use it, from
 * a service, after its signed-in check (keys belong to a person):
 *
 *   return createOnce(this.db, { userId: actor.id, key, operation: 'postNeed', args: { coopId, input } }, {
 *     // Runs inside the transaction that records the key: make every write here with `tx`, give
 *     // the created row the `id` passed in, and answer fail(...) to refuse (nothing is kept).
 *     create: (tx, id) => ...Promise<Result<T>>,
 *     // Re-reads what a first request created, for a repeat.
 *     find: (id) => this.db.need.findUnique({ where: { id } }),
 *   });
 *
 * - No key (null or undefined): `create` runs once in a transaction, as without this module.
 * - A key is 1 to 100 printable ASCII characters (INVALID_INPUT on `idempotencyKey` otherwise).
 * - The key row is inserted first in the create's own transaction, with the id the created row
 *   will have, so a crash can never leave a create without its key or a key without its create.
 * - A repeat with the same key and the same arguments (the same operation and a sha256 of their
 *   canonical JSON; null and missing fields count as the same) returns the first result, re-read
 *   by id, and writes nothing. Other arguments, or another operation, with the same key are
 *   refused with CONFLICT on `idempotencyKey`.
 * - Concurrent requests with one key: the second's insert waits on the primary key until the
 *   first commits (then it answers the first result) or rolls back (then it creates).
 * - A refusal from `create` (fail(...)) rolls back everything, the key row included, so the same
 *   key may be sent again once the input is put right.
 */

export interface IdempotentRequest {
  userId: string;
  key: string | null | undefined;
  /** The mutation's name: a key sent with another mutation is a conflict. */
  operation: string;
  /** The mutation's arguments without the key, for the fingerprint. */
  args: unknown;
}

export interface IdempotentCreate<T extends { id: string }> {
  create(tx: Prisma.TransactionClient, id: string): Promise<Result<T>>;
  find(id: string): Promise<T | null>;
}

export const MAX_KEY_LENGTH = 100;
const KEY = /^[\x20-\x7E]{1,100}$/;
const KEY_FIELD = 'idempotencyKey';

/** What the transaction answers when another request holds the key: replay that one. */
const TAKEN: unique symbol = Symbol('taken');

/** Thrown inside the transaction to roll it back; carried out as a value. */
class RollBack<T> extends Error {
  constructor(readonly outcome: { kind: 'refused'; result: Result<T> } | { kind: 'taken' }) {
    super('rolled back');
  }
}

export async function createOnce<T extends { id: string }>(
  db: Database,
  request: IdempotentRequest,
  steps: IdempotentCreate<T>,
  options: { timeout?: number } = {},
): Promise<Result<T>> {
  const { userId, key, operation } = request;
  if (key === null || key === undefined) {
    const result = await createInTransaction(db, steps, options, null);
    // Only a recorded key can be taken by another request.
    if (result === TAKEN) throw new Error('A create without an idempotency key cannot find its key taken');
    return result;
  }
  if (!KEY.test(key)) {
    return fail(invalidInput(`Send an idempotency key of 1 to ${MAX_KEY_LENGTH} printable characters (a UUID, say).`, KEY_FIELD));
  }
  const fingerprint = fingerprintOf(request.args);
  const earlier = await db.idempotencyKey.findUnique({ where: { userId_key: { userId, key } } });
  if (earlier) return replay(earlier, operation, fingerprint, steps);

  const result = await createInTransaction(db, steps, options, { userId, key, operation, fingerprint });
  if (result !== TAKEN) return result;
  // Another request with this key committed while this one waited on it.
  const first = await db.idempotencyKey.findUniqueOrThrow({ where: { userId_key: { userId, key } } });
  return replay(first, operation, fingerprint, steps);
}

async function createInTransaction<T extends { id: string }>(
  db: Database,
  steps: IdempotentCreate<T>,
  options: { timeout?: number },
  record: { userId: string; key: string; operation: string; fingerprint: string } | null,
): Promise<Result<T> | typeof TAKEN> {
  const id = randomUUID();
  try {
    return await db.$transaction(async (tx) => {
      if (record) {
        // ON CONFLICT DO NOTHING waits for a concurrent insert of the same key to commit or roll
        // back, and then inserts nothing rather than failing: no error to abort the transaction.
        const inserted = await tx.$queryRaw<unknown[]>`
          INSERT INTO idempotency_keys (user_id, key, operation, fingerprint, result_id)
          VALUES (${record.userId}::uuid, ${record.key}, ${record.operation}, ${record.fingerprint}, ${id}::uuid)
          ON CONFLICT (user_id, key) DO NOTHING RETURNING 1`;
        if (inserted.length === 0) throw new RollBack<T>({ kind: 'taken' });
      }
      const result = await steps.create(tx, id);
      if (!result.ok) throw new RollBack<T>({ kind: 'refused', result });
      return result;
    }, options);
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
    const outcome = (error as RollBack<T>).outcome;
    return outcome.kind === 'taken' ? TAKEN : outcome.result;
  }
}

async function replay<T extends { id: string }>(
  earlier: { operation: string; fingerprint: string; resultId: string },
  operation: string,
  fingerprint: string,
  steps: IdempotentCreate<T>,
): Promise<Result<T>> {
  if (earlier.operation !== operation || earlier.fingerprint !== fingerprint) {
    return fail(conflict('This idempotency key was already used for a different request; use a new key for a new request.', KEY_FIELD));
  }
  const found = await steps.find(earlier.resultId);
  // What the first request created has since been deleted: the repeat must not create it again.
  if (!found) return fail(conflict('What this request created earlier no longer exists; use a new key to create it again.', KEY_FIELD));
  return ok(found);
}

/** sha256 of the arguments' canonical JSON: keys sorted, nulls and missing fields alike. */
export function fingerprintOf(args: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical(args))).digest('hex');
}

function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}
