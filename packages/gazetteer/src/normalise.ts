/** A place name reduced for comparison: no accents, no punctuation, lower case ("Saint-Étienne" → "saint etienne"). */
export function normalisePlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
