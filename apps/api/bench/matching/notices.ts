import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sicDivisionsForCpv } from '@principle-six/taxonomy';

/** A real procurement notice as the evaluation uses it. */
export interface Notice {
  ocid: string;
  title: string;
  description: string;
  cpv: string;
  cpvDescription: string;
  /** Every SIC division that supplies the notice's CPV division: the relevance judgement. */
  suppliedBy: readonly string[];
}

/** Reads notices.csv (Contracts Finder and friends, OGL v3), one notice per row. */
export function readNotices(file: string): Notice[] {
  const rows = parse(readFileSync(file), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  return rows.map((row) => ({
    ocid: row.ocid ?? '',
    title: (row.title ?? '').trim(),
    description: (row.description ?? '').trim(),
    cpv: row.cpv_id ?? '',
    cpvDescription: row.cpv_description ?? '',
    suppliedBy: sicDivisionsForCpv(row.cpv_id ?? ''),
  }));
}

// Control characters other than tab and newline are refused by the need schema, as they would
// be from a person; mis-encoded characters stay, as real input.
// eslint-disable-next-line no-control-regex -- removing them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * The need a buyer would post for a notice: its own title and description (cut to the need's
 * limits), the one SIC division most typical of its CPV division (a buyer ticks what they buy,
 * not every industry that might supply it), anywhere (notices name regions, which areas do not
 * model), for a month.
 */
export function needInputFor(notice: Notice, now = Date.now()) {
  const title = notice.title.replace(CONTROL, ' ').slice(0, 120).padEnd(5, '.');
  let description = notice.description.replace(CONTROL, ' ');
  if (description.length < 20) description = `${title}. ${description}`.padEnd(20, '.');
  return {
    title,
    description: description.slice(0, 5000),
    categoryCodes: notice.suppliedBy.slice(0, 1),
    area: { placeName: null, countryCode: null, radiusKm: null },
    expiresAt: new Date(now + 30 * 86_400_000),
  };
}
