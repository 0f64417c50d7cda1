import { PrismaPg } from '@prisma/adapter-pg';
import type { Pool } from 'pg';
import { PrismaClient } from './generated/prisma/client';

export interface ClientOptions {
  /** Largest number of pooled connections; PGlite serves few, a real server many. */
  maxConnections?: number;
  /** A node-postgres pool to use instead of one made here (benchmarks record statements through it). */
  pool?: Pool;
}

/**
 * The one way the application reaches the database: Prisma over node-postgres through the
 * driver adapter, whether the server is a real PostgreSQL or the embedded PGlite.
 */
export function createPrismaClient(connectionString: string, options: ClientOptions = {}) {
  const adapter = new PrismaPg(options.pool ?? { connectionString, max: options.maxConnections ?? 10 });
  return new PrismaClient({
    adapter,
    // Prisma's 5 s default aborts a write mid-way when the machine is busy (a create's search
    // document is rebuilt in its transaction); 20 s still ends a transaction that truly hangs.
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
}

export type Database = ReturnType<typeof createPrismaClient>;
