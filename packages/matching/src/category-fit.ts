import { categoryLineage, findCategory } from '@principle-six/taxonomy';

/**
 * How close two taxonomy codes are, from 1 (the same, or the provider's code lies inside the
 * need's: a need for division 62 is met by class 62012) down to 0 (different sections).
 * A provider filed more broadly than the need (division 62 for a need in class 62012) may or may
 * not do the specific thing, so it counts less than an exact fit.
 */
export function categoryCloseness(needCode: string, providerCode: string): number {
  if (needCode === providerCode) return 1;
  const providerLineage = categoryLineage(providerCode);
  if (providerLineage.includes(needCode)) return 1;
  const needLineage = categoryLineage(needCode);
  if (needLineage.includes(providerCode)) {
    return findCategory(providerCode)?.level === 'SECTION' ? CLOSENESS.sameSection : CLOSENESS.broaderDivision;
  }
  const shared = needLineage.find((code) => providerLineage.includes(code));
  if (!shared) return 0;
  return findCategory(shared)?.level === 'DIVISION' ? CLOSENESS.sameDivision : CLOSENESS.sameSection;
}

export const CLOSENESS = {
  /** The provider is filed under the division of the need's class. */
  broaderDivision: 0.8,
  /** Two classes of one division (62011 and 62012). */
  sameDivision: 0.6,
  /** Two divisions of one section (62 and 63), or a provider filed only under the section. */
  sameSection: 0.3,
} as const;

export interface CategoryFit {
  /** 0 to 1: the best closeness of any provider code to any need code. */
  score: number;
  /** The provider's codes that reached that best closeness, for the match's reasons. */
  sharedCodes: string[];
}

/**
 * The category part of a match. The best pair counts, not the average: a need filed under
 * printing and design is fully met by a printer.
 */
export function categoryFit(needCodes: readonly string[], providerCodes: readonly string[]): CategoryFit {
  let score = 0;
  let sharedCodes: string[] = [];
  for (const providerCode of providerCodes) {
    const best = Math.max(0, ...needCodes.map((needCode) => categoryCloseness(needCode, providerCode)));
    if (best > score) {
      score = best;
      sharedCodes = [providerCode];
    } else if (best > 0 && best === score && !sharedCodes.includes(providerCode)) {
      sharedCodes.push(providerCode);
    }
  }
  return { score, sharedCodes };
}
