import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export interface ClientOptions {
  /** Largest number of pooled connections; PGlite serves few, a real server many. */
  maxConnections?: number;
}

/**
 * The one way the application reaches the database: Prisma over node-postgres through the
 * driver adapter, whether the server is a real PostgreSQL or the embedded PGlite.
 */
export function createPrismaClient(connectionString: string, options: ClientOptions = {}) {
  const adapter = new PrismaPg({ connectionString, max: options.maxConnections ?? 10 });
  return new PrismaClient({ adapter });
}

export type Database = ReturnType<typeof createPrismaClient>;
