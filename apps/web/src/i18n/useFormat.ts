import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import * as format from './format';
import { SOURCE_LANGUAGE } from './languages';

type Bound<F> = F extends (locale: string, ...rest: infer A) => infer R ? (...rest: A) => R : never;

export type Formatters = { [K in keyof typeof format as K extends `format${string}` | 'currencyName' ? K : never]: Bound<(typeof format)[K]> } & {
  /** The Intl locale of the language shown, for a formatter not listed here. */
  locale: string;
};

/** The formatters bound to the language shown; components re-render when it changes. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? SOURCE_LANGUAGE;
  return useMemo(
    () => ({
      locale,
      formatNumber: (value) => format.formatNumber(locale, value),
      formatCount: (value, atLeast) => format.formatCount(locale, value, atLeast),
      formatPercent: (rate) => format.formatPercent(locale, rate),
      formatMoney: (amount, currency) => format.formatMoney(locale, amount, currency),
      formatDay: (value) => format.formatDay(locale, value),
      formatDayAndTime: (value) => format.formatDayAndTime(locale, value),
      formatMonth: (value) => format.formatMonth(locale, value),
      formatDate: (value, options) => format.formatDate(locale, value, options),
      currencyName: (code) => format.currencyName(locale, code),
    }),
    [locale],
  );
}
