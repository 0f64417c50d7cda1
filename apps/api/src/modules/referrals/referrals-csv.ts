import type { Referral } from '@principle-six/db';
import { stringify } from 'csv-stringify/sync';
import { referralContactDays } from './referral-days';

/**
 * The referral ledger as CSV, for spreadsheets. csv-stringify does the quoting; what it does not
 * do is formula injection: a cell a spreadsheet would read as a formula (starting with =, +, -,
 * @, or a tab or carriage return that some programs skip first) runs when the file is opened,
 * and referral text comes from other people. Such cells get a leading apostrophe, as OWASP
 * advises, which spreadsheets show as text. Numbers are written by us and stay numbers.
 */
export const CSV_COLUMNS = [
  'referral_id',
  'passed_on',
  'direction',
  'other_coop',
  'kind',
  'stage',
  'stage_changed_on',
  'what',
  'prospect_name',
  'prospect_organisation',
  'prospect_email',
  'prospect_phone',
  'warmth',
  'estimated_value',
  'estimated_currency',
  'won_value',
  'won_currency',
  'closing_reason',
  'first_contacted_on',
  'days_to_first_contact',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');

export interface CsvReferral {
  referral: Referral;
  direction: 'given' | 'received';
  otherCoopName: string;
  /** Whether the reader may see the prospect's details (access/referrals-access.ts). */
  showProspect: boolean;
}

function row({ referral: r, direction, otherCoopName, showProspect }: CsvReferral): (string | number)[] {
  const prospect = (value: string | null) => (showProspect ? (value ?? '') : '');
  return [
    r.id,
    day(r.createdAt),
    direction,
    otherCoopName,
    r.kind.toLowerCase(),
    r.stage.toLowerCase(),
    day(r.stageChangedAt),
    r.what,
    prospect(r.prospectName),
    prospect(r.prospectOrg),
    prospect(r.prospectEmail),
    prospect(r.prospectPhone),
    r.warmth,
    r.estimatedAmount ?? '',
    r.estimatedCurrency?.trim() ?? '',
    r.wonAmount ?? '',
    r.wonCurrency?.trim() ?? '',
    r.closingReason ?? '',
    day(r.firstContactedAt),
    r.firstContactedAt ? referralContactDays(r.createdAt, r.firstContactedAt) : '',
  ];
}

const options = { cast: { string: neutralise }, record_delimiter: '\r\n' } as const;

export function csvHeader(): string {
  return stringify([[...CSV_COLUMNS]], options);
}

export function csvRows(rows: CsvReferral[]): string {
  return rows.length ? stringify(rows.map(row), options) : '';
}
