import type { Prisma } from '@principle-six/db';
import { gazetteer, normaliseUkPostcode } from '@principle-six/gazetteer';

/**
 * The place row for a town and country, reusing one that differs only in letter case so that
 * "leeds" and "Leeds" are the same place. A new place takes its region and coordinates from the
 * gazetteer when the town is in it. Runs inside the caller's transaction.
 */
export async function findOrCreatePlace(
  tx: Prisma.TransactionClient,
  name: string,
  countryCode: string,
): Promise<{ id: string; latitude: number | null; longitude: number | null }> {
  const existing = await tx.place.findFirst({
    where: { countryCode, name: { equals: name, mode: 'insensitive' } },
    select: { id: true, latitude: true, longitude: true },
  });
  if (existing) return existing;
  const town = gazetteer.find(name, countryCode);
  return tx.place.create({
    data: {
      name,
      countryCode,
      region: town?.region ?? null,
      latitude: town?.latitude ?? null,
      longitude: town?.longitude ?? null,
    },
    select: { id: true, latitude: true, longitude: true },
  });
}

/** Where a co-op is, as exactly as we know: its UK postcode's centroid, else its town's. */
export async function locateCoop(
  tx: Prisma.TransactionClient,
  postcode: string | null,
  countryCode: string,
  place: { latitude: number | null; longitude: number | null },
): Promise<{ latitude: number | null; longitude: number | null }> {
  const normalised = postcode && countryCode === 'GB' ? normaliseUkPostcode(postcode) : null;
  if (normalised) {
    const found = await tx.postcodeLocation.findUnique({ where: { postcode: normalised } });
    if (found) return { latitude: found.latitude, longitude: found.longitude };
  }
  return { latitude: place.latitude, longitude: place.longitude };
}
