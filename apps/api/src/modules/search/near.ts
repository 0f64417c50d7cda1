import type { Database } from '@principle-six/db';
import { COUNTRIES } from '@principle-six/taxonomy';
import { gazetteer, normaliseUkPostcode, ukOutcode } from '@principle-six/gazetteer';

export interface ResolvedNear {
  label: string;
  countryCode: string;
  latitude: number;
  longitude: number;
}

const COUNTRY_BY_NAME = new Map(Object.entries(COUNTRIES).map(([code, name]) => [name.toLowerCase(), code]));

/**
 * Turns what a person typed as a place into coordinates, offline: a UK postcode we have a
 * centroid for (from imported registers), the middle of a postcode district we have postcodes
 * in, or a town from the gazetteer ("Leeds", "Leeds, GB", "Leeds, United Kingdom").
 */
export async function resolveNear(db: Database, text: string): Promise<ResolvedNear | null> {
  const postcode = normaliseUkPostcode(text);
  if (postcode) {
    const found = await db.postcodeLocation.findUnique({ where: { postcode } });
    if (found) return { label: postcode, countryCode: 'GB', latitude: found.latitude, longitude: found.longitude };
  }
  const outcode = ukOutcode(text);
  if (outcode && !postcode) {
    const [district] = await db.$queryRaw<{ latitude: number | null; longitude: number | null }[]>`
      SELECT avg(latitude) AS latitude, avg(longitude) AS longitude
        FROM postcode_locations WHERE postcode LIKE ${`${outcode} %`}`;
    if (district?.latitude != null && district.longitude != null) {
      return { label: outcode, countryCode: 'GB', latitude: district.latitude, longitude: district.longitude };
    }
  }
  const [name, qualifier] = text.split(',').map((part) => part.trim());
  const countryCode = qualifier
    ? (qualifier.toUpperCase() in COUNTRIES ? qualifier.toUpperCase() : COUNTRY_BY_NAME.get(qualifier.toLowerCase()))
    : undefined;
  if (qualifier && !countryCode) return null;
  const town = name ? gazetteer.find(name, countryCode) : null;
  if (!town) return null;
  return {
    label: `${town.name}, ${COUNTRIES[town.countryCode] ?? town.countryCode}`,
    countryCode: town.countryCode,
    latitude: town.latitude,
    longitude: town.longitude,
  };
}
