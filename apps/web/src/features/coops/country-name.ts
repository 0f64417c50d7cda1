/**
 * A country's name in the reader's language, from Intl (no list shipped: the taxonomy's country
 * list is 15 KiB the co-op and search pages would otherwise load just to name one country).
 * Falls back to the code when Intl does not know it.
 */
const regionNames = new Map<string, Intl.DisplayNames | null>();

export function countryName(locale: string, code: string): string {
  if (!regionNames.has(locale)) {
    try {
      regionNames.set(locale, new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }));
    } catch {
      regionNames.set(locale, null);
    }
  }
  try {
    return regionNames.get(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}
