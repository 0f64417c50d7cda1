import { COOP_TYPES, findCategory, type CoopTypeKey } from '@principle-six/taxonomy';
import { COUNTRIES } from '@principle-six/taxonomy';
import type { PublicCoop, PublicPosting } from './public-records';

/**
 * Profiles in the Murmurations Library's schemas, so that Murmurations indexes and the maps built
 * on them can pick up co-ops and their open needs and offers:
 * - a co-op: organizations_schema-v1.0.0;
 * - a need or an offer: offers_wants_schema-v0.1.0 (a need is a want).
 * Only public fields: the schemas' contact fields point at our page, never at a person's address.
 */

export const ORGANISATION_SCHEMA = 'organizations_schema-v1.0.0';
export const OFFERS_WANTS_SCHEMA = 'offers_wants_schema-v0.1.0';

export interface ProfileUrls {
  /** The site's public address, without a trailing slash. */
  base: string;
}

export const coopPageUrl = (urls: ProfileUrls, slug: string) => `${urls.base}/coops/${encodeURIComponent(slug)}`;
export const councilPageUrl = (urls: ProfileUrls, slug: string) => `${urls.base}/councils/${encodeURIComponent(slug)}`;
export const postingPageUrl = (urls: ProfileUrls, posting: Pick<PublicPosting, 'kind' | 'id'>) => `${urls.base}/${posting.kind}s/${posting.id}`;

/** The schemas cap a tag at 100 characters and a list at 100 tags. */
const MAX_TAG = 100;
const MAX_TAGS = 100;

function tags(categoryCodes: readonly string[], extra: readonly string[] = []): string[] {
  const names = categoryCodes.map((code) => findCategory(code)?.name).filter((n): n is string => !!n);
  return [...new Set([...extra, ...names].map((t) => t.slice(0, MAX_TAG)))].slice(0, MAX_TAGS);
}

/** Murmurations's geolocation: both coordinates or none. */
function geolocation(latitude: number | null, longitude: number | null): { lat: number; lon: number } | undefined {
  return latitude !== null && longitude !== null ? { lat: latitude, lon: longitude } : undefined;
}

/** The address as written on an envelope: street, town and postcode, country. */
export function fullAddress(coop: Pick<PublicCoop, 'address' | 'postcode' | 'place'>): string {
  const town = [coop.place.name, coop.postcode].filter(Boolean).join(' ');
  return [coop.address, town, COUNTRIES[coop.place.countryCode] ?? coop.place.countryCode].filter(Boolean).join(', ');
}

/** Leaves out the keys whose value is undefined, so that optional fields are absent rather than null. */
function present<T extends Record<string, unknown>>(profile: T): T {
  return Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined)) as T;
}

export function coopProfile(coop: PublicCoop, urls: ProfileUrls) {
  const page = coopPageUrl(urls, coop.slug);
  const kind = COOP_TYPES[coop.coopType as CoopTypeKey]?.label;
  return present({
    linked_schemas: [ORGANISATION_SCHEMA],
    name: coop.name,
    // The co-op's own website is its definitive address; a co-op without one is known by its page here.
    primary_url: coop.website ?? page,
    tags: tags(coop.categoryCodes, kind ? [kind] : []),
    urls: [{ name: 'Principle Six profile', url: page }],
    description: coop.provides || undefined,
    status: 'active',
    full_address: fullAddress(coop),
    country_iso_3166: coop.place.countryCode in COUNTRIES ? coop.place.countryCode : undefined,
    geolocation: geolocation(coop.latitude, coop.longitude),
    relationships: coop.councils.length
      ? coop.councils.map((council) => ({ predicate_url: 'https://schema.org/memberOf', object_url: councilPageUrl(urls, council.slug) }))
      : undefined,
  });
}

/** How far a posting reaches, in the schema's four words, from its radius (none: anywhere). */
export function geographicScope(posting: Pick<PublicPosting, 'place' | 'radiusKm'>): 'local' | 'regional' | 'national' | 'international' {
  if (!posting.place || posting.radiusKm === null) return 'international';
  if (posting.radiusKm <= 50) return 'local';
  if (posting.radiusKm <= 250) return 'regional';
  if (posting.radiusKm <= 1000) return 'national';
  return 'international';
}

export function postingProfile(posting: PublicPosting, urls: ProfileUrls) {
  const page = postingPageUrl(urls, posting);
  return present({
    linked_schemas: [OFFERS_WANTS_SCHEMA],
    exchange_type: posting.kind === 'need' ? 'want' : 'offer',
    // Between co-ops, a need or an offer is business: bought and sold.
    transaction_type: ['buy-sell'],
    tags: tags(posting.categoryCodes),
    title: posting.title,
    description: posting.description,
    details_url: page,
    geolocation: geolocation(posting.latitude ?? posting.coop.latitude, posting.longitude ?? posting.coop.longitude),
    geographic_scope: geographicScope(posting),
    // Replies go through the page (a signed-in co-op answers there): no one's address is published.
    contact_details: { contact_form: page },
    expires_at: Math.floor(posting.expiresAt.getTime() / 1000),
  });
}
