import { SIC_CLASSES } from './sic-classes';
import { SIC_DIVISIONS } from './sic-divisions';
import { SIC_SECTIONS } from './sic-sections';
import type { IcaActivityId } from './ica-activities';

export type CategoryLevel = 'SECTION' | 'DIVISION' | 'CLASS';

/** One node of the "what they provide" taxonomy: a SIC 2007 section, division or five-digit class. */
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
  ...SIC_CLASSES.map(([code, name]) => ({
    code,
    level: 'CLASS' as const,
    name,
    parentCode: code.slice(0, 2),
    icaActivity: SIC_DIVISIONS.find((d) => d.code === code.slice(0, 2))!.icaActivity,
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

/**
 * The class a full SIC 2007 code belongs to ("1110" from a register that dropped the leading
 * zero reads as 01110), or undefined when it is not one of the taxonomy's classes.
 */
export function classForSicCode(sicCode: string): Category | undefined {
  const digits = sicCode.trim();
  if (!/^\d{4,5}$/.test(digits)) return undefined;
  const category = byCode.get(digits.padStart(5, '0'));
  return category?.level === 'CLASS' ? category : undefined;
}

/** The codes of a category and all its ancestors, the category itself first (62012, 62, J). */
export function categoryLineage(code: string): string[] {
  const lineage: string[] = [];
  for (let c = byCode.get(code); c; c = c.parentCode ? byCode.get(c.parentCode) : undefined) lineage.push(c.code);
  return lineage;
}
