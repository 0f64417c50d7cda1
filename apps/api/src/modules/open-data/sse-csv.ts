import { stringify } from 'csv-stringify/sync';
import { COUNTRIES, essglobalUriFor, findCategory, type CoopTypeKey } from '@principle-six/taxonomy';
import { PITCH_COLUMNS, PRINCIPLE_SIX_SOURCE } from '@principle-six/importer';
import { neutralise } from '../referrals/referrals-csv';
import { recordCredit } from './licence';
import { coopPageUrl, type ProfileUrls } from './murmurations';
import type { PublicCoop } from './public-records';

/**
 * Co-ops in the Social and Solidarity Economy "standard" CSV that Digital Commons Co-op's maps
 * publish, column for column, so their tools read it; then our own columns (the pitch answers,
 * the profile's address here, and each record's credit). `pnpm import-coops` reads it back to the
 * same records (test: open-data-export.int.test.ts). Contact details are not public and left out.
 */
export const SSE_COLUMNS = [
  'Identifier',
  'Name',
  'Description',
  'Organisational Structure',
  'Primary Activity',
  'Activities',
  'Street Address',
  'Locality',
  'Region',
  'Postcode',
  'Country ID',
  'Territory ID',
  'Website',
  'Phone',
  'Email',
  'Twitter',
  'Facebook',
  'Companies House Number',
  'Qualifiers',
  'Membership Type',
  'Latitude',
  'Longitude',
  'Geo Container',
  'Geo Container Latitude',
  'Geo Container Longitude',
  'Sector',
  'SIC Section',
  'SIC Code',
  'Ownership Classification',
  'Legal Form',
  PITCH_COLUMNS.whyBuy,
  PITCH_COLUMNS.wantToTalkTo,
  'Profile URL',
  'Data Source',
] as const;

/** Our kinds of co-op as Co-operatives UK's "Ownership Classification", which the importer maps back. */
const OWNERSHIP: Record<CoopTypeKey, string> = {
  WORKER: 'Workers',
  CONSUMER: 'Consumers',
  HOUSING: 'Tenants',
  PRODUCER: 'Enterprises',
  MULTI_STAKEHOLDER: 'Multi-stakeholder',
  SECONDARY: 'Co-operatives',
  COMMUNITY_BENEFIT: 'Community of interest',
  OTHER: '',
};

const ICA_ACTIVITIES = 'https://dev.lod.coop/essglobal/2.1/standard/activities-ica/';

/**
 * A category as the standard's SIC Code cell holds it: a five-digit class bare, as registers write
 * it; a division or a section (which no bare code names) with the hierarchy prefix the importer reads.
 */
function sicCode(code: string): string {
  return /^\d{5}$/.test(code) ? code : `UKSIC07-${code}`;
}

/**
 * A co-op's identifier: the register's own for a register record (so a map that holds the register
 * matches it), else its slug here, which is stable and unique.
 */
export function exportIdentifier(coop: Pick<PublicCoop, 'source' | 'sourceId' | 'slug'>): string {
  if (coop.source === PRINCIPLE_SIX_SOURCE && coop.sourceId) return `principle-six:${coop.sourceId}`;
  return coop.source && coop.sourceId ? coop.sourceId : `principle-six:${coop.slug}`;
}

export function sseRow(coop: PublicCoop, urls: ProfileUrls): string[] {
  const activities = [...new Set(coop.categoryCodes.map((code) => findCategory(code)?.icaActivity).filter((a): a is NonNullable<typeof a> => !!a))];
  const row: Record<(typeof SSE_COLUMNS)[number], string> = {
    Identifier: exportIdentifier(coop),
    Name: coop.name,
    Description: coop.provides,
    'Organisational Structure': essglobalUriFor(coop.coopType as CoopTypeKey),
    'Primary Activity': activities[0] ? `${ICA_ACTIVITIES}${activities[0]}` : '',
    Activities: activities.slice(1).map((a) => `${ICA_ACTIVITIES}${a}`).join(';'),
    'Street Address': coop.address ?? '',
    Locality: coop.place.name,
    Region: coop.place.region ?? '',
    Postcode: coop.postcode ?? '',
    'Country ID': coop.place.countryCode in COUNTRIES ? coop.place.countryCode : '',
    'Territory ID': '',
    Website: coop.website ?? '',
    Phone: '',
    Email: '',
    Twitter: '',
    Facebook: '',
    'Companies House Number': '',
    Qualifiers: '',
    'Membership Type': '',
    Latitude: coop.latitude?.toString() ?? '',
    Longitude: coop.longitude?.toString() ?? '',
    'Geo Container': '',
    'Geo Container Latitude': '',
    'Geo Container Longitude': '',
    Sector: '',
    'SIC Section': '',
    'SIC Code': coop.categoryCodes.map(sicCode).join(';'),
    'Ownership Classification': OWNERSHIP[coop.coopType as CoopTypeKey] ?? '',
    'Legal Form': '',
    [PITCH_COLUMNS.whyBuy]: coop.whyBuy,
    [PITCH_COLUMNS.wantToTalkTo]: coop.wantToTalkTo,
    'Profile URL': coopPageUrl(urls, coop.slug),
    'Data Source': recordCredit(coop.source),
  };
  return SSE_COLUMNS.map((column) => row[column]);
}

/** The header line, after a byte-order mark so that spreadsheet programs read UTF-8. */
export function sseHeader(): string {
  return `\uFEFF${stringify([[...SSE_COLUMNS]])}`;
}

/**
 * Rows as CSV. Text that a spreadsheet would run as a formula gets a leading apostrophe (as the
 * referrals CSV does, OWASP's advice); the importer takes it off again, so the record round-trips.
 */
export function sseRows(coops: readonly PublicCoop[], urls: ProfileUrls): string {
  return stringify(coops.map((coop) => sseRow(coop, urls).map((cell) => (NUMBER.test(cell) ? cell : neutralise(cell)))));
}

/** A number we wrote (a negative longitude): data, not a formula, and left as it is. */
const NUMBER = /^-?\d+(\.\d+)?(e-?\d+)?$/;
