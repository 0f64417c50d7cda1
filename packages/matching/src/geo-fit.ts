/** Where a need wants its work done, or where a provider works. */
export interface Area {
  /** Null for anywhere (or remote). */
  latitude: number | null;
  longitude: number | null;
  /** How far from the point; null with a point means the point itself (a co-op's base). */
  radiusKm: number | null;
}

export const GEO = {
  /** A provider that serves anywhere (or works remotely) for a need with a place. */
  servesAnywhere: 0.8,
  /** A provider whose own area reaches into the need's circle, but is based outside it. */
  reachesInto: 0.5,
  /** How much of the score fades from a need's centre to the edge of its circle. */
  fadeToEdge: 0.3,
} as const;

/** Great-circle distance in km, as distance_km() in migration 2 computes it. */
export function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

export interface GeoFit {
  /** 0 to 1; 0 means the provider cannot serve the need's place, and it is no match. */
  score: number;
  /** Between the need's place and the provider's, when both have one. */
  distanceKm: number | null;
}

/**
 * The geographic part of a match. A need for anywhere fits every provider fully. A need with a
 * place and radius fits a provider inside the circle best near its centre, a provider based
 * outside whose own area reaches in less, and one that serves anywhere in between.
 */
export function geoFit(need: Area, provider: Area): GeoFit {
  if (need.latitude === null || need.longitude === null) return { score: 1, distanceKm: null };
  if (provider.latitude === null || provider.longitude === null) return { score: GEO.servesAnywhere, distanceKm: null };
  const d = distanceKm(need.latitude, need.longitude, provider.latitude, provider.longitude);
  const needRadius = need.radiusKm ?? 0;
  if (d <= needRadius) return { score: 1 - GEO.fadeToEdge * (needRadius === 0 ? 0 : d / needRadius), distanceKm: d };
  if (provider.radiusKm !== null && d <= needRadius + provider.radiusKm) return { score: GEO.reachesInto, distanceKm: d };
  return { score: 0, distanceKm: d };
}
