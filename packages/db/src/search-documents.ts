import { Prisma } from './generated/prisma/client';

type Executor = Pick<Prisma.TransactionClient, '$executeRaw'>;

/**
 * Rebuilds the search columns (category paths, weighted document, vocabulary) of these co-ops.
 * Call it inside the transaction that changed their profile, categories or place, so that search
 * never sees a profile without its document. The SQL lives in migration 2 (refresh_coop_search).
 */
export async function refreshCoopSearch(db: Executor, coopIds: readonly string[]): Promise<void> {
  if (coopIds.length === 0) return;
  await db.$executeRaw`SELECT refresh_coop_search(${[...coopIds]}::uuid[])`;
}
