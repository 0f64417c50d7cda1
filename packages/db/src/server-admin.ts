import { Client } from 'pg';

/** The URL of another database on the same PostgreSQL server as `serverUrl`. */
export function databaseUrlOn(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * One short-lived node-postgres connection, for what Prisma cannot run inside a database:
 * creating and dropping databases (tests and benchmarks make their own).
 */
export async function withConnection<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
