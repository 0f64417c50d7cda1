/**
 * Names for the first-level divisions we show as regions. GeoNames gives only codes, and only the
 * UK's four nations are named here; elsewhere a place has no region until a data source adds one.
 */
const REGION_NAMES: Record<string, Record<string, string>> = {
  GB: { ENG: 'England', SCT: 'Scotland', WLS: 'Wales', NIR: 'Northern Ireland' },
};

export function regionName(countryCode: string, adminCode: string): string | null {
  return REGION_NAMES[countryCode]?.[adminCode] ?? null;
}

/** The UK nation named in a register's "UK Nation" column, in our spelling. */
export function ukNation(value: string | undefined): string | null {
  const key = value?.trim().toLowerCase();
  if (!key) return null;
  return Object.values(REGION_NAMES.GB!).find((name) => name.toLowerCase() === key) ?? null;
}
