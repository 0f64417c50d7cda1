import { classForSicCode, divisionForSicCode, findCategory } from '@principle-six/taxonomy';

/**
 * The categories of a cell that may hold several codes separated by ";" (the SSE standard's way
 * with many values, and how our own exports write a co-op filed under several), with the codes
 * that name none.
 */
export function categoriesForSicCodes(value: string | undefined): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const part of (value ?? '').split(';')) {
    const code = categoryForSicCode(part);
    if (code === undefined) unknown.push(part.trim());
    else if (code !== null && !codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}

/**
 * The taxonomy category for a register's SIC code: its class when we know it, else its division;
 * null for an empty cell; undefined for a code we cannot place.
 *
 * Two spellings occur. Co-operatives UK's open data writes the hierarchy explicitly
 * ("UKSIC07-47" a division, "UKSIC07-351" a group, "UKSIC07-4711" a class, "UKSIC07-62012" a
 * subclass). The SSE standard CSV writes bare five-digit codes, some of which lost a leading zero
 * ("1110" for 01110).
 */
export function categoryForSicCode(value: string | undefined): string | null | undefined {
  const text = (value ?? '').trim();
  if (!text) return null;
  const prefixed = /^UKSIC07-([A-U]|\d{2,5})$/i.exec(text);
  if (prefixed) {
    const code = prefixed[1]!.toUpperCase();
    // A section letter: how an export of ours writes a co-op filed under a whole section.
    if (/^[A-U]$/.test(code)) return findCategory(code)?.code;
    if (code.length === 5) return findCategory(code)?.code ?? divisionForSicCode(code)?.code;
    // A four-digit class without UK subclasses is listed as its code with a trailing 0.
    if (code.length === 4 && findCategory(`${code}0`)) return `${code}0`;
    return findCategory(code.slice(0, 2))?.code;
  }
  return classForSicCode(text)?.code ?? divisionForSicCode(text)?.code;
}
