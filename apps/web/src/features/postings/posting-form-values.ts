import type { AreaInput, CoopType, NeedInput, OfferInput } from '../../gql/graphql';

/** Where, as the form holds it: a town and radius, or "anywhere" ticked. */
export interface AreaFormValues {
  anywhere: boolean;
  placeName: string;
  countryCode: string;
  /** Mantine's NumberInput gives '' while empty. */
  radiusKm: number | '';
}

/** What both forms share; names match the API's input so its field errors land beside them. */
interface PostingFormValues {
  title: string;
  description: string;
  categoryCodes: string[];
  area: AreaFormValues;
  /** The last day it runs, as the date input gives it: YYYY-MM-DD. */
  expiresAt: string;
}

export interface NeedFormValues extends PostingFormValues {
  budgetAmount: number | '';
  budgetCurrency: string;
  preferredCoopType: string;
}

export interface OfferFormValues extends PostingFormValues {
  coopTerms: string;
}

export const DEFAULT_RADIUS_KM = 50;
const DEFAULT_DAYS = 60;

/** A posting starts where its co-op is, running for two months. */
export function startingArea(place: { name: string; countryCode: string } | null | undefined): AreaFormValues {
  return place
    ? { anywhere: false, placeName: place.name, countryCode: place.countryCode, radiusKm: DEFAULT_RADIUS_KM }
    : { anywhere: true, placeName: '', countryCode: 'GB', radiusKm: DEFAULT_RADIUS_KM };
}

export function dayInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function defaultExpiry(now = new Date()): string {
  return dayInput(new Date(now.getTime() + DEFAULT_DAYS * 86_400_000));
}

/** The end of the chosen day where the person is: a need "until Friday" runs all Friday. */
function endOfDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return new Date(`${day}T23:59:59`).toISOString();
}

function toAreaInput(area: AreaFormValues): AreaInput {
  if (area.anywhere) return { placeName: null, countryCode: null, radiusKm: null };
  return {
    placeName: area.placeName.trim() || null,
    countryCode: area.countryCode || null,
    radiusKm: area.radiusKm === '' ? null : area.radiusKm,
  };
}

export function toNeedInput(v: NeedFormValues): NeedInput {
  return {
    title: v.title,
    description: v.description,
    categoryCodes: v.categoryCodes,
    area: toAreaInput(v.area),
    expiresAt: endOfDay(v.expiresAt),
    budgetAmount: v.budgetAmount === '' ? null : v.budgetAmount,
    budgetCurrency: v.budgetAmount === '' ? null : v.budgetCurrency || null,
    preferredCoopType: (v.preferredCoopType || null) as CoopType | null,
  };
}

export function toOfferInput(v: OfferFormValues): OfferInput {
  return {
    title: v.title,
    description: v.description,
    categoryCodes: v.categoryCodes,
    area: toAreaInput(v.area),
    expiresAt: endOfDay(v.expiresAt),
    coopTerms: v.coopTerms.trim() || null,
  };
}

interface SavedPosting {
  title: string;
  description: string;
  categories: readonly { code: string }[];
  area: { anywhere: boolean; radiusKm?: number | null; place?: { name: string; countryCode: string } | null };
  expiresAt: string;
}

function savedCommon(p: SavedPosting): PostingFormValues {
  return {
    title: p.title,
    description: p.description,
    categoryCodes: p.categories.map((c) => c.code),
    area: p.area.place
      ? { anywhere: false, placeName: p.area.place.name, countryCode: p.area.place.countryCode, radiusKm: p.area.radiusKm ?? DEFAULT_RADIUS_KM }
      : { anywhere: true, placeName: '', countryCode: 'GB', radiusKm: DEFAULT_RADIUS_KM },
    expiresAt: dayInput(new Date(p.expiresAt)),
  };
}

export function needFormValues(
  need: SavedPosting & { budget?: { amount: number; currency: string } | null; preferredCoopType?: string | null },
): NeedFormValues {
  return {
    ...savedCommon(need),
    budgetAmount: need.budget?.amount ?? '',
    budgetCurrency: need.budget?.currency ?? 'GBP',
    preferredCoopType: need.preferredCoopType ?? '',
  };
}

export function offerFormValues(offer: SavedPosting & { coopTerms?: string | null }): OfferFormValues {
  return { ...savedCommon(offer), coopTerms: offer.coopTerms ?? '' };
}
