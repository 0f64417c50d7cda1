import type { Place, Prisma } from '@principle-six/db';
import type { AreaValues } from '@principle-six/schema';
import { gazetteer } from '@principle-six/gazetteer';
import { invalidInput } from '../../errors/user-errors';
import type { UserError } from '../../generated/resolvers';
import { findOrCreatePlace } from '../coops/places';

/** What GraphQL's Area is resolved from: the posting's own columns. */
export interface AreaModel {
  placeId: string | null;
  radiusKm: number | null;
}

export interface ResolvedArea {
  placeId: string | null;
  latitude: number | null;
  longitude: number | null;
  radiusKm: number | null;
}

const ANYWHERE: ResolvedArea = { placeId: null, latitude: null, longitude: null, radiusKm: null };

/**
 * The place row and coordinates of an area, inside the caller's transaction. A need or offer
 * with a place must be somewhere we can measure distances from, so an unknown town is an error
 * here (a co-op's profile, by contrast, may name any town).
 */
export async function resolveArea(
  tx: Prisma.TransactionClient,
  area: AreaValues,
): Promise<{ ok: true; area: ResolvedArea } | { ok: false; error: UserError }> {
  if (area.placeName === null || area.countryCode === null) return { ok: true, area: ANYWHERE };
  const known = await tx.place.findFirst({
    where: { countryCode: area.countryCode, name: { equals: area.placeName, mode: 'insensitive' }, latitude: { not: null } },
  });
  if (!known && !gazetteer.find(area.placeName, area.countryCode)) {
    return {
      ok: false,
      error: invalidInput(
        `We cannot find ${area.placeName} on the map; choose a town from the suggestions, or anywhere.`,
        'area.placeName',
      ),
    };
  }
  const place: Pick<Place, 'id' | 'latitude' | 'longitude'> =
    known ?? (await findOrCreatePlace(tx, area.placeName, area.countryCode));
  return {
    ok: true,
    area: { placeId: place.id, latitude: place.latitude, longitude: place.longitude, radiusKm: area.radiusKm },
  };
}
