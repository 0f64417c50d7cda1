import { numberFormat } from '../../i18n/format';

const listFormats = new Map<string, Intl.ListFormat>();

/** Welsh "a" (and) is "ac" before a vowel; Intl leaves the choice to the reader as "a(c)". */
const WELSH_AND = /\ba\(c\)/;
const VOWEL_FIRST = /^[^\p{L}\p{N}]*[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]/iu;

/**
 * Items as a list in the reader's language: "“a”, “b” and “c”" or "“a”, “b” or “c”" in English,
 * "“a”, “b” ac “ewyn”" or "“a”, “b” neu “c”" in Welsh.
 */
export function listOf(locale: string, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const key = `${locale}|${type}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(locale, { type });
    listFormats.set(key, format);
  }
  const parts = format.formatToParts(items);
  return parts
    .map((part, i) =>
      part.type === 'literal' && WELSH_AND.test(part.value)
        ? part.value.replace(WELSH_AND, VOWEL_FIRST.test(parts[i + 1]?.value ?? '') ? 'ac' : 'a')
        : part.value,
    )
    .join('');
}

/** A distance in km as a search result shows it: one decimal under 10 km, whole km beyond. */
export function formatDistance(locale: string, km: number): string {
  const digits = km < 10 ? 1 : 0;
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(km);
}
