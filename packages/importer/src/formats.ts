import { ukNation } from '@principle-six/gazetteer';
import { categoriesForSicCodes } from './categories';
import { cleanLine, cleanText, cleanWebsite, orNull, parseCoordinate, placeCase, truncateWords } from './clean';
import { coopTypeForOwnership } from './coop-types';
import type { RowOutcome } from './import-record';

/** What the provides field holds at most; longer descriptions are cut at a word. */
const MAX_PROVIDES = 2000;

export type Row = Record<string, string>;

export interface ImportFormat {
  id: 'coops-uk-open-data' | 'sse-standard';
  description: string;
  /** Columns a file must have, spelt exactly as the publisher spells them. */
  requiredColumns: readonly string[];
  /** Whether a header row is this format's (the first format that claims it wins). */
  claims(header: readonly string[]): boolean;
  toOutcome(row: Row): RowOutcome;
}

/** Jersey and Guernsey appear in the registers' "UK Nation" column but are not in the UK. */
const CROWN_DEPENDENCIES: Record<string, string> = { jersey: 'JE', guernsey: 'GG', 'isle of man': 'IM' };

/** Co-ops made on Principle Six, as our exports name them: `principle-six:<slug>`. */
export const PRINCIPLE_SIX_SOURCE = 'principle-six';
const OWN_IDENTIFIER = /^principle-six:(.+)$/;

function isDissolved(status: string | undefined): boolean {
  const s = (status ?? '').trim().toLowerCase();
  return s !== '' && s !== 'live';
}

function common(
  fields: {
    id: string;
    name: string;
    place: string;
    country: string;
    region: string | null;
    postcode: string;
    address: string;
    description: string;
    ownership: string;
    website: string;
    sic: string;
    latitude: string;
    longitude: string;
    status: string;
    whyBuy?: string;
    wantToTalkTo?: string;
  },
): RowOutcome {
  const identifier = cleanLine(fields.id);
  if (!identifier) return { kind: 'skip', reason: 'no identifier', sourceId: null };
  const own = OWN_IDENTIFIER.exec(identifier);
  const sourceId = own ? own[1]! : identifier;
  if (isDissolved(fields.status)) {
    return { kind: 'skip', reason: `not trading (status "${cleanLine(fields.status)}")`, sourceId };
  }
  const name = cleanLine(fields.name);
  if (name.length < 2) return { kind: 'skip', reason: 'no name', sourceId };
  const placeName = placeCase(cleanLine(fields.place));
  if (!placeName) return { kind: 'skip', reason: 'no town or city to place it in', sourceId };

  const warnings: string[] = [];
  const categories = categoriesForSicCodes(fields.sic);
  for (const code of categories.unknown) warnings.push(`SIC code "${code}" is not in the taxonomy; filed without it`);
  const provides = truncateWords(cleanText(fields.description), MAX_PROVIDES);
  if (provides.cut) warnings.push(`description cut to ${MAX_PROVIDES} characters`);
  const latitude = parseCoordinate(fields.latitude, 90);
  const longitude = parseCoordinate(fields.longitude, 180);
  return {
    kind: 'record',
    warnings,
    record: {
      line: 0,
      sourceId,
      ...(own ? { source: PRINCIPLE_SIX_SOURCE } : {}),
      name,
      placeName,
      countryCode: fields.country,
      region: fields.region,
      postcode: orNull(cleanLine(fields.postcode).toUpperCase()),
      address: orNull(cleanLine(fields.address)),
      provides: provides.text,
      coopType: coopTypeForOwnership(fields.ownership),
      website: cleanWebsite(fields.website),
      categoryCodes: categories.codes,
      whyBuy: truncateWords(cleanText(fields.whyBuy ?? ''), MAX_PROVIDES).text,
      wantToTalkTo: truncateWords(cleanText(fields.wantToTalkTo ?? ''), MAX_PROVIDES).text,
      latitude: latitude !== null && longitude !== null ? latitude : null,
      longitude: latitude !== null && longitude !== null ? longitude : null,
    },
  };
}

function countryAndRegion(nation: string | undefined, countryId?: string): { country: string; region: string | null } {
  const dependency = CROWN_DEPENDENCIES[(nation ?? '').trim().toLowerCase()];
  if (dependency) return { country: dependency, region: null };
  const country = (countryId ?? '').trim().toUpperCase() || 'GB';
  return { country, region: country === 'GB' ? ukNation(nation) : null };
}

/** Co-operatives UK's own open data, as it publishes it (coops-uk-2017). */
const coopsUkOpenData: ImportFormat = {
  id: 'coops-uk-open-data',
  description: "Co-operatives UK open data (open_data_organisations.csv)",
  requiredColumns: [
    'CUK Organisation ID',
    'Registered Name',
    'Trading Name',
    'Registered Street',
    'Registered City',
    'Registered Postcode',
    'UK Nation',
    'SIC Code',
    'Ownership Classification',
    'Registered Status',
  ],
  claims: (header) => header.includes('CUK Organisation ID'),
  toOutcome(row) {
    const { country, region } = countryAndRegion(row['UK Nation']);
    return common({
      id: row['CUK Organisation ID']!,
      name: row['Trading Name'] || row['Registered Name']!,
      place: row['Registered City'] || row['Registered State/Province'] || '',
      country,
      region,
      postcode: row['Registered Postcode']!,
      address: row['Registered Street']!,
      description: '',
      ownership: row['Ownership Classification']!,
      website: '',
      sic: row['SIC Code']!,
      latitude: '',
      longitude: '',
      status: row['Registered Status']!,
    });
  },
};

/**
 * Two columns of our own after the standard's: the pitch answers a register does not hold. Other
 * readers of the standard ignore columns they do not know; ours reads them back (an export
 * round-trips).
 */
export const PITCH_COLUMNS = { whyBuy: 'Why Buy From Us', wantToTalkTo: 'Who We Want To Talk To' } as const;

/**
 * The Social and Solidarity Economy "standard" CSV that Digital Commons Co-op publishes
 * (coops-uk-2023-q2, and workers-coop-uk-2023, which adds descriptions and status columns).
 * Coordinates: the organisation's own when given, else its postcode's centroid (Geo Container).
 */
const sseStandard: ImportFormat = {
  id: 'sse-standard',
  description: 'SSE standard CSV (Digital Commons Co-op)',
  requiredColumns: [
    'Identifier',
    'Name',
    'Description',
    'Street Address',
    'Locality',
    'Postcode',
    'Country ID',
    'Website',
    'SIC Code',
    'Ownership Classification',
    'Latitude',
    'Longitude',
    'Geo Container Latitude',
    'Geo Container Longitude',
  ],
  claims: (header) => header.includes('Identifier') && header.includes('Geo Container'),
  toOutcome(guarded) {
    const row = withoutFormulaGuards(guarded);
    const { country, region } = countryAndRegion(row['UK Nation'], row['Country ID']);
    const own = row['Latitude'] && row['Longitude'];
    return common({
      id: row['Identifier']!,
      name: row['Name']!,
      place: row['Locality'] || row['Region'] || '',
      country,
      region,
      postcode: row['Postcode']!,
      address: row['Street Address']!,
      description: row['Description']!,
      ownership: row['Ownership Classification']!,
      website: row['Website']!,
      sic: row['SIC Code']!,
      latitude: own ? row['Latitude']! : row['Geo Container Latitude']!,
      longitude: own ? row['Longitude']! : row['Geo Container Longitude']!,
      status: row['Registered Status'] ?? '',
      whyBuy: row[PITCH_COLUMNS.whyBuy],
      wantToTalkTo: row[PITCH_COLUMNS.wantToTalkTo],
    });
  },
};

/**
 * A CSV written for spreadsheets puts an apostrophe before a cell that would run as a formula
 * (our exports do, as OWASP advises); the apostrophe is not part of the value, so it comes off.
 */
function withoutFormulaGuards(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [column, value.replace(/^'(?=[=+\-@\t\r])/, '')]));
}

export const FORMATS: readonly ImportFormat[] = [coopsUkOpenData, sseStandard];

export function findFormat(id: string): ImportFormat | undefined {
  return FORMATS.find((f) => f.id === id);
}
