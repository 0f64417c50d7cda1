import { COUNTRIES, essglobalUriFor, findCategory, type CoopTypeKey } from '@principle-six/taxonomy';
import { coopPageUrl, councilPageUrl, postingPageUrl, type ProfileUrls } from './murmurations';
import type { PublicCoop, PublicPosting } from './public-records';

/**
 * schema.org descriptions of public pages, as JSON-LD in the HTML the server sends (page-meta.ts),
 * so that search engines and link readers understand a page without running the app:
 * a co-op as an Organization, a need as a Demand (sought by its co-op), an offer as an Offer.
 */

type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

function categoryNames(codes: readonly string[]): string[] {
  return codes.map((code) => findCategory(code)?.name).filter((n): n is string => !!n);
}

function place(p: { name: string; countryCode: string; region: string | null }): JsonLd {
  return { '@type': 'Place', name: p.name, address: { '@type': 'PostalAddress', addressLocality: p.name, addressRegion: p.region ?? undefined, addressCountry: p.countryCode } };
}

function geo(latitude: number | null, longitude: number | null): JsonLd | undefined {
  return latitude !== null && longitude !== null ? { '@type': 'GeoCoordinates', latitude, longitude } : undefined;
}

export function coopJsonLd(coop: PublicCoop, urls: ProfileUrls): JsonLd {
  const page = coopPageUrl(urls, coop.slug);
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    '@id': `${page}#organization`,
    name: coop.name,
    url: page,
    sameAs: coop.website ?? undefined,
    description: coop.provides || undefined,
    additionalType: essglobalUriFor(coop.coopType as CoopTypeKey),
    address: {
      '@type': 'PostalAddress',
      streetAddress: coop.address ?? undefined,
      addressLocality: coop.place.name,
      addressRegion: coop.place.region ?? undefined,
      postalCode: coop.postcode ?? undefined,
      addressCountry: coop.place.countryCode in COUNTRIES ? coop.place.countryCode : undefined,
    },
    geo: geo(coop.latitude, coop.longitude),
    knowsAbout: categoryNames(coop.categoryCodes),
    memberOf: coop.councils.map((council) => ({ '@type': 'Organization', name: council.name, url: councilPageUrl(urls, council.slug) })),
  };
}

export function postingJsonLd(posting: PublicPosting, urls: ProfileUrls): JsonLd {
  const page = postingPageUrl(urls, posting);
  const coop = { '@type': 'Organization', '@id': `${coopPageUrl(urls, posting.coop.slug)}#organization`, name: posting.coop.name, url: coopPageUrl(urls, posting.coop.slug) };
  const common = {
    '@context': CONTEXT,
    '@id': page,
    url: page,
    name: posting.title,
    description: posting.description,
    category: categoryNames(posting.categoryCodes),
    itemOffered: { '@type': 'Service', name: posting.title, category: categoryNames(posting.categoryCodes) },
    areaServed: posting.place ? place(posting.place) : undefined,
    validFrom: posting.createdAt.toISOString(),
    validThrough: posting.expiresAt.toISOString(),
  };
  if (posting.kind === 'offer') return { ...common, '@type': 'Offer', offeredBy: coop };
  return {
    ...common,
    '@type': 'Demand',
    priceSpecification: posting.budget ? { '@type': 'PriceSpecification', maxPrice: posting.budget.amount, priceCurrency: posting.budget.currency } : undefined,
    // A Demand is what an organisation seeks (schema.org's `seeks`), said from the Demand's side.
    '@reverse': { seeks: coop },
  };
}

/** The JSON-LD as a script element's text: `<` escaped, so no value can close the element. */
export function jsonLdScript(data: JsonLd): string {
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}
