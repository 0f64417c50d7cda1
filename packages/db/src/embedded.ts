import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  readonly connectionString: string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL compiled to WASM (PGlite) on a loopback port, keeping its files in
 * `dataDir`, so the app needs no database server. Serving it over the wire protocol lets one
 * code path (node-postgres plus Prisma's adapter, and `prisma migrate deploy`) serve both it and
 * a real server. Pass `dataDir: undefined` for a database held in memory.
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  port?: number;
}): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  // Search needs these contrib extensions (migrations 2 and 3 create them); PGlite must load them up front.
  const db = await PGlite.create(options.dataDir, { extensions: { fuzzystrmatch, pg_trgm, unaccent } });
  // PGlite runs one query at a time; the socket server queues queries and keeps a transaction's
  // statements together, so a few connections (the app's pool plus the migrate CLI) are safe.
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: 16,
  });
  await server.start();
  return {
    connectionString: `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
