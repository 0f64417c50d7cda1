import { SIC_DIVISIONS } from './sic-divisions';
import { SIC_SECTIONS } from './sic-sections';
import type { IcaActivityId } from './ica-activities';

export type CategoryLevel = 'SECTION' | 'DIVISION';

/** One node of the "what they provide" taxonomy: a SIC 2007 section or division. */
export interface Category {
  readonly code: string;
  readonly level: CategoryLevel;
  readonly name: string;
  readonly parentCode: string | null;
  readonly icaActivity: IcaActivityId | null;
}

export const CATEGORIES: readonly Category[] = [
  ...SIC_SECTIONS.map((s) => ({
    code: s.code,
    level: 'SECTION' as const,
    name: s.name,
    parentCode: null,
    icaActivity: null,
  })),
  ...SIC_DIVISIONS.map((d) => ({
    code: d.code,
    level: 'DIVISION' as const,
    name: d.name,
    parentCode: d.section,
    icaActivity: d.icaActivity,
  })),
];

const byCode = new Map(CATEGORIES.map((c) => [c.code, c]));

export function findCategory(code: string): Category | undefined {
  return byCode.get(code);
}

/**
 * The division a full SIC 2007 code (such as "62012", or "1110" where a register dropped the
 * leading zero) belongs to, or undefined when the code is not a SIC code we know.
 */
export function divisionForSicCode(sicCode: string): Category | undefined {
  const digits = sicCode.trim();
  if (!/^\d{4,5}$/.test(digits)) return undefined;
  const division = digits.padStart(5, '0').slice(0, 2);
  return byCode.get(division);
}
