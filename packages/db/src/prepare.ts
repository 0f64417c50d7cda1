import { syncCategories } from './categories-sync';
import type { Database } from './client';
import { seedDemoData } from './demo/seed';
import { applyMigrations } from './migrations';

export interface PrepareOptions {
  /** Fill an empty directory with generated demo co-ops. */
  seedDemo: boolean;
  demoCount?: number;
}

/** Everything a database needs before the app serves from it: schema, taxonomy, optional demo data. */
export async function prepareDatabase(
  connectionString: string,
  db: Database,
  options: PrepareOptions,
): Promise<{ migrated: boolean; demoCoopsCreated: number }> {
  const { applied } = await applyMigrations(connectionString);
  await syncCategories(db);
  const { created } = options.seedDemo
    ? await seedDemoData(db, { count: options.demoCount })
    : { created: 0 };
  return { migrated: applied, demoCoopsCreated: created };
}
