import type { NeedStatus, OfferStatus } from '../../gql/graphql';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

export function formatDay(iso: string): string {
  return dateFormat.format(new Date(iso));
}

export function describeArea(area: { anywhere: boolean; radiusKm?: number | null; place?: { name: string } | null }): string {
  if (area.anywhere || !area.place) return 'Anywhere or remote';
  return `Within ${Math.round(area.radiusKm ?? 0)} km of ${area.place.name}`;
}

export const STATUS_LABELS: Record<NeedStatus | OfferStatus, { label: string; color: string }> = {
  OPEN: { label: 'Open', color: 'teal' },
  FULFILLED: { label: 'Fulfilled', color: 'blue' },
  WITHDRAWN: { label: 'Closed', color: 'gray' },
  EXPIRED: { label: 'Expired', color: 'gray' },
};

export function formatBudget(budget: { amount: number; currency: string }): string {
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency: budget.currency, maximumFractionDigits: 0 }).format(budget.amount);
  } catch {
    return `${budget.amount.toLocaleString('en-GB')} ${budget.currency}`;
  }
}
