/**
 * The currencies a form offers: ISO 4217 codes in use, from the browser's own list (the API checks
 * against the same ICU list), each labelled with its code and its name in the reader's language,
 * e.g. "GBP · British Pound" or "GBP · Punt Sterling Prydain".
 */
export interface CurrencyOption {
  value: string;
  label: string;
}

const FALLBACK = ['EUR', 'GBP', 'USD'];

function supported(): string[] {
  try {
    return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : FALLBACK;
  } catch {
    return FALLBACK;
  }
}

/** Per locale: naming some 300 currencies is worth doing once. */
const options = new Map<string, CurrencyOption[]>();

export function currencyOptions(locale: string): CurrencyOption[] {
  const known = options.get(locale);
  if (known) return known;
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale], { type: 'currency' });
  } catch {
    names = null;
  }
  const made = supported().map((code) => {
    const name = names?.of(code);
    return { value: code, label: name && name !== code ? `${code} · ${name}` : code };
  });
  options.set(locale, made);
  return made;
}
