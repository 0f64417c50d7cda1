/**
 * The currencies a form offers: ISO 4217 codes in use, from the browser's own list (the API checks
 * against the same ICU list), each labelled with its code and its name, e.g. "GBP · British Pound".
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

let options: CurrencyOption[] | null = null;

export function currencyOptions(): CurrencyOption[] {
  if (options) return options;
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames(['en-GB'], { type: 'currency' });
  } catch {
    names = null;
  }
  options = supported().map((code) => {
    const name = names?.of(code);
    return { value: code, label: name && name !== code ? `${code} · ${name}` : code };
  });
  return options;
}
