/**
 * Dates, numbers, money and percentages in a language's own conventions, through Intl. Formatters
 * are cached per locale and options, since building one costs far more than using it and lists
 * format hundreds of values.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter as T;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached('n', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('d', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function formatNumber(locale: string, value: number): string {
  return numberFormat(locale).format(value);
}

/** A count that may be a lower bound ("1,000+"). */
export function formatCount(locale: string, value: number, atLeast = false): string {
  return `${formatNumber(locale, value)}${atLeast ? '+' : ''}`;
}

export function formatPercent(locale: string, rate: number | null | undefined): string {
  return rate == null ? '–' : numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/**
 * An amount in its currency, in whole units. A code Intl does not know (an old or local currency)
 * is written after the number rather than failing.
 */
export function formatMoney(locale: string, amount: number, currency: string): string {
  try {
    return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${formatNumber(locale, amount)} ${currency}`;
  }
}

type DateInput = string | number | Date;

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const DAY_AND_TIME: Intl.DateTimeFormatOptions = { ...DAY, hour: '2-digit', minute: '2-digit' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric', timeZone: 'UTC' };

/** 3 Mar 2026 */
export function formatDay(locale: string, value: DateInput): string {
  return dateFormat(locale, DAY).format(new Date(value));
}

/** 3 Mar 2026, 14:05 */
export function formatDayAndTime(locale: string, value: DateInput): string {
  return dateFormat(locale, DAY_AND_TIME).format(new Date(value));
}

/** Mar 2026, for a month's bucket (held as its first day, in UTC). */
export function formatMonth(locale: string, value: DateInput): string {
  return dateFormat(locale, MONTH).format(new Date(value));
}

/** Any other date shape a page needs, in the reader's language. */
export function formatDate(locale: string, value: DateInput, options: Intl.DateTimeFormatOptions): string {
  return dateFormat(locale, options).format(new Date(value));
}

/** A currency's name in the reader's language ("pound sterling", "punt sterling"). */
export function currencyName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}
