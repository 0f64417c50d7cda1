export { createPrismaClient, type Database } from './client';
export { routeReads, type ReadRoute } from './read-replica';
export { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded';
export { applyMigrations, appliedMigrations, listMigrations, runPrismaCli, MIGRATIONS_DIR } from './migrations';
export { syncCategories } from './categories-sync';
export { prepareDatabase, type PrepareOptions } from './prepare';
export { seedDemoData, DEFAULT_DEMO_COOP_COUNT } from './demo/seed';
export { generateDemoCoops, type DemoCoop } from './demo/generate';
export { DEMO_TRADES, type DemoTrade } from './demo/trades';
export { freeSlug, slugify } from './slug';
export { refreshCoopSearch } from './search-documents';
export { Prisma } from './generated/prisma/client';
export { CategoryLevel, CoopType, MemberRole } from './generated/prisma/enums';
export type * from './generated/prisma/client';
export {
  generateSyntheticCoops,
  SYNTHETIC_SOURCE,
  type SyntheticOptions,
  type SyntheticPlace,
} from './synthetic/synthetic-coops';
export { databaseUrlOn, withConnection } from './server-admin';
