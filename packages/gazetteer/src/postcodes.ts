import { isValid, toNormalised, toOutcode } from 'postcode';

/** "ls14ap" → "LS1 4AP"; null when it is not a full UK postcode. */
export function normaliseUkPostcode(text: string): string | null {
  const trimmed = text.trim();
  return isValid(trimmed) ? toNormalised(trimmed) : null;
}

/** The outward code ("LS1") of a full postcode, or the text itself when it is an outward code. */
export function ukOutcode(text: string): string | null {
  const compact = text.trim().toUpperCase();
  if (isValid(compact)) return toOutcode(compact);
  return /^[A-Z]{1,2}\d[A-Z\d]?$/.test(compact) ? compact : null;
}
