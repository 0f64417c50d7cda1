import { z } from 'zod';
import { COOP_TYPE_KEYS, COUNTRIES, findCategory } from '@principle-six/taxonomy';
import { MAX_RADIUS_KM } from './search-input';
import { optionalText, requiredText } from './text';

export const MAX_POSTING_CATEGORIES = 5;
/** Needs and offers run for at most a year; people can post again. */
export const MAX_POSTING_DAYS = 366;
export const MAX_BUDGET = 100_000_000;

const categoryCodes = z
  .array(z.string().trim().refine((code) => findCategory(code) !== undefined, 'Choose categories from the list.'), {
    error: 'Choose at least one category.',
  })
  .min(1, 'Choose at least one category.')
  .max(MAX_POSTING_CATEGORIES, `Choose at most ${MAX_POSTING_CATEGORIES} categories.`)
  .refine((codes) => new Set(codes).size === codes.length, 'Choose each category only once.');

/** A place and radius, or neither for anywhere. */
const area = z
  .object({
    placeName: optionalText('the town or city', 100),
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .nullish()
      .transform((v) => (v ? v : null))
      .refine((code) => code === null || code in COUNTRIES, 'Choose a country from the list.'),
    radiusKm: z
      .number({ error: 'Enter the radius in kilometres.' })
      .min(1, `Choose a radius from 1 to ${MAX_RADIUS_KM.toLocaleString('en-GB')} km.`)
      .max(MAX_RADIUS_KM, `Choose a radius from 1 to ${MAX_RADIUS_KM.toLocaleString('en-GB')} km.`)
      .nullish()
      .transform((v) => v ?? null),
  }, { error: 'Say where, or choose anywhere.' })
  .superRefine((a, ctx) => {
    if (a.placeName === null) {
      if (a.radiusKm !== null) {
        ctx.addIssue({ code: 'custom', path: ['placeName'], message: 'Name the town the radius is from, or choose anywhere.' });
      }
      return;
    }
    if (a.countryCode === null) ctx.addIssue({ code: 'custom', path: ['countryCode'], message: 'Choose the country of the town.' });
    if (a.radiusKm === null) ctx.addIssue({ code: 'custom', path: ['radiusKm'], message: 'Choose how far from the town, in kilometres.' });
  });

export type AreaValues = z.output<typeof area>;

/** A future day, at most MAX_POSTING_DAYS ahead; the API gets a Date, the web form a string. */
const expiresAt = z
  .union([z.date(), z.string()], { error: 'Choose the last day it runs.' })
  .transform((v) => (v instanceof Date ? v : new Date(v)))
  .refine((d) => !Number.isNaN(d.getTime()), 'Choose the last day it runs.')
  .refine((d) => d.getTime() > Date.now(), 'Choose a day in the future.')
  .refine(
    (d) => d.getTime() <= Date.now() + MAX_POSTING_DAYS * 86_400_000,
    'Choose a day within a year from now; you can post it again later.',
  );

const title = (what: string) => requiredText(`a title for the ${what}`, 5, 120);
const description = (what: string) => requiredText(`a description of the ${what}`, 20, 5000, { multiline: true });

/** A need as people fill it in; shared by the web form and the API, like the profile schema. */
export const needInputSchema = z
  .object({
    title: title('need'),
    description: description('need'),
    categoryCodes,
    area,
    expiresAt,
    budgetAmount: z
      .number({ error: 'Enter the budget as a whole number.' })
      .int('Enter the budget as a whole number.')
      .min(0, 'The budget cannot be negative.')
      .max(MAX_BUDGET, `Keep the budget to ${MAX_BUDGET.toLocaleString('en-GB')} or less.`)
      .nullish()
      .transform((v) => v ?? null),
    budgetCurrency: z
      .string()
      .trim()
      .toUpperCase()
      .nullish()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || /^[A-Z]{3}$/.test(v), 'Enter a three-letter currency code such as GBP.'),
    preferredCoopType: z
      .enum(COOP_TYPE_KEYS as [string, ...string[]], { error: 'Choose a kind of co-op from the list.' })
      .nullish()
      .transform((v) => v ?? null),
  })
  .transform((v) => ({
    ...v,
    budgetCurrency: v.budgetAmount === null ? null : (v.budgetCurrency ?? 'GBP'),
  }));

export type NeedInputValues = z.output<typeof needInputSchema>;

export const offerInputSchema = z.object({
  title: title('offer'),
  description: description('offer'),
  categoryCodes,
  area,
  expiresAt,
  coopTerms: optionalText('the terms for co-ops', 500, { multiline: true }),
});

export type OfferInputValues = z.output<typeof offerInputSchema>;

export const introduceInputSchema = z.object({
  matchId: z.string(),
  message: requiredText('a message', 10, 2000, { multiline: true }),
});
