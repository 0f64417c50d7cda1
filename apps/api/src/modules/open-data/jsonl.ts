import { essglobalUriFor, findCategory, type CoopTypeKey } from '@principle-six/taxonomy';
import { licenceStatement, recordCredit } from './licence';
import { coopPageUrl, councilPageUrl, type ProfileUrls } from './murmurations';
import type { PublicCoop } from './public-records';
import { exportIdentifier } from './sse-csv';

/**
 * Co-ops as JSON Lines: one JSON object a line, every public field of the profile with names
 * spelt out, for programs rather than spreadsheets. The first line says what the file is and
 * under which licence (`"kind": "about"`); every other line is a co-op (`"kind": "coop"`).
 */

export function jsonlAbout(options: { includesCoopsUk: boolean; generatedAt: Date; search: string | null; urls: ProfileUrls }): string {
  return `${JSON.stringify({
    kind: 'about',
    title: 'Principle Six directory of co-operatives',
    source: options.urls.base,
    licence: licenceStatement(options.includesCoopsUk),
    generatedAt: options.generatedAt.toISOString(),
    search: options.search,
  })}\n`;
}

export function jsonlCoop(coop: PublicCoop, urls: ProfileUrls): string {
  return `${JSON.stringify({
    kind: 'coop',
    identifier: exportIdentifier(coop),
    slug: coop.slug,
    name: coop.name,
    provides: coop.provides,
    whyBuy: coop.whyBuy,
    wantToTalkTo: coop.wantToTalkTo,
    coopType: coop.coopType,
    organisationalStructure: essglobalUriFor(coop.coopType as CoopTypeKey),
    categories: coop.categoryCodes.map((code) => ({ code, name: findCategory(code)?.name ?? code })),
    place: coop.place,
    address: coop.address,
    postcode: coop.postcode,
    latitude: coop.latitude,
    longitude: coop.longitude,
    website: coop.website,
    councils: coop.councils.map((c) => ({ name: c.name, url: councilPageUrl(urls, c.slug) })),
    profileUrl: coopPageUrl(urls, coop.slug),
    isDemo: coop.isDemo,
    createdAt: coop.createdAt.toISOString(),
    updatedAt: coop.updatedAt.toISOString(),
    credit: recordCredit(coop.source),
  })}\n`;
}
