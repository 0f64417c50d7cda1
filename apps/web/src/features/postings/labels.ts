import type { TFunction } from 'i18next';
import type { NeedStatus, OfferStatus } from '../../gql/graphql';
import { formatMoney } from '../../i18n/format';

/** Where a posting is, in the reader's language: "Within 25 km of York", or anywhere. */
export function describeArea(
  t: TFunction<'postings'>,
  area: { anywhere: boolean; radiusKm?: number | null; place?: { name: string } | null },
): string {
  if (area.anywhere || !area.place) return t('area.anywhere');
  return t('area.within', { km: Math.round(area.radiusKm ?? 0), place: area.place.name });
}

/** The badge colour of a status; its words are `status.<STATUS>` in the translation files. */
export const STATUS_COLORS: Record<NeedStatus | OfferStatus, string> = {
  OPEN: 'teal',
  FULFILLED: 'blue',
  WITHDRAWN: 'gray',
  EXPIRED: 'gray',
};

export function formatBudget(locale: string, budget: { amount: number; currency: string }): string {
  return formatMoney(locale, budget.amount, budget.currency);
}
