import { CATEGORIES } from '@principle-six/taxonomy';
import type { Database } from './client';

/**
 * Makes the categories table match the taxonomy module, which is the source of truth. Sections
 * go first so that divisions can point at them; one transaction so a half-synced tree is never seen.
 */
export async function syncCategories(db: Database): Promise<void> {
  const ordered = [...CATEGORIES].sort((a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null));
  await db.$transaction(
    async (tx) => {
      for (const c of ordered) {
        await tx.category.upsert({
          where: { code: c.code },
          create: c,
          update: { level: c.level, name: c.name, parentCode: c.parentCode, icaActivity: c.icaActivity },
        });
      }
    },
    // 839 upserts: on the embedded database of a busy machine they outlast Prisma's 5 s default.
    { timeout: 60_000 },
  );
}
