// Offline route for Prisma 6.19 (see ../../README.md, "Why Prisma 6.19"): migrations run in
// Prisma's WASM schema engine through the pg driver adapter, so no native engine is fetched.
// The CLI still tries to download a query-engine library before each command unless this
// variable names an existing file; nothing loads it because the generator uses engineType "client".
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= __filename;

import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(__dirname, '../../prisma/schema.prisma'),
  migrations: { path: path.join(__dirname, '../../prisma/migrations') },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error('DATABASE_URL must be set for Prisma CLI commands');
    return new PrismaPg({ connectionString });
  },
});
