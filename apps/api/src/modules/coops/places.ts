import type { Prisma } from '@principle-six/db';

/**
 * The place row for a town and country, reusing one that differs only in letter case so that
 * "leeds" and "Leeds" are the same place. Runs inside the caller's transaction.
 */
export async function findOrCreatePlace(
  tx: Prisma.TransactionClient,
  name: string,
  countryCode: string,
): Promise<string> {
  const existing = await tx.place.findFirst({
    where: { countryCode, name: { equals: name, mode: 'insensitive' } },
    select: { id: true },
  });
  if (existing) return existing.id;
  const created = await tx.place.create({ data: { name, countryCode }, select: { id: true } });
  return created.id;
}
