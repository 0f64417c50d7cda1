import { z } from 'zod';
import { COOP_TYPE_KEYS, COUNTRIES, findCategory } from '@principle-six/taxonomy';
import { optional, optionalText, requiredText } from './text';

export const MAX_CATEGORIES = 5;

const UK_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/;

export const websiteAddress = z
  .string()
  .transform((v) => (/^[a-z][a-z\d+.-]*:\/\//i.test(v) ? v : `https://${v}`))
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: 'Enter a web address like https://example.coop.',
    }),
  )
  .pipe(z.string().max(300, 'Keep the web address to 300 characters or fewer.'));

export const phoneNumber = z
  .string()
  .regex(/^\+?[\d\s().-]{6,30}$/, 'Enter a phone number using digits, spaces and an optional leading +.');

/**
 * The pitch profile as people fill it in, shared by the web form and the API so that both give
 * the same messages. Field names are those of the GraphQL CoopInput.
 */
export const coopInputSchema = z
  .object({
    name: requiredText("the co-op's name", 2, 120),
    placeName: requiredText('the town or city', 2, 100),
    countryCode: z
      .string({ error: 'Choose a country.' })
      .trim()
      .toUpperCase()
      .refine((code) => code in COUNTRIES, 'Choose a country from the list.'),
    postcode: optionalText('the postcode', 12),
    address: optionalText('the address', 300),
    provides: requiredText('what the co-op provides', 10, 2000, { multiline: true }),
    categoryCodes: z
      .array(z.string().trim().refine((code) => findCategory(code) !== undefined, 'Choose categories from the list.'), {
        error: 'Choose at least one category.',
      })
      .min(1, 'Choose at least one category.')
      .max(MAX_CATEGORIES, `Choose at most ${MAX_CATEGORIES} categories.`)
      .refine((codes) => new Set(codes).size === codes.length, 'Choose each category only once.'),
    whyBuy: requiredText('why people should buy from the co-op', 10, 1000, { multiline: true }),
    wantToTalkTo: requiredText('who the co-op wants to talk to', 10, 1000, { multiline: true }),
    coopType: z.enum(COOP_TYPE_KEYS as [string, ...string[]], { error: 'Choose the kind of co-op.' }),
    website: optional(websiteAddress, { label: 'the web address', max: 300 }),
    contactEmail: optional(z.email('Enter an email address like hello@example.coop.').max(254), {
      label: 'the email address',
      max: 254,
    }),
    contactPhone: optional(phoneNumber, { label: 'the phone number', max: 30 }),
    memberNotes: optionalText('the notes for members', 2000, { multiline: true }),
  })
  .transform((input, ctx) => {
    if (input.countryCode !== 'GB' || input.postcode === null) return input;
    const match = UK_POSTCODE.exec(input.postcode.toUpperCase());
    if (!match) {
      ctx.addIssue({
        code: 'custom',
        path: ['postcode'],
        message: 'Enter a UK postcode like LS6 1AB, or leave it blank.',
      });
      return z.NEVER;
    }
    return { ...input, postcode: `${match[1]} ${match[2]}` };
  });

export type CoopInputValues = z.output<typeof coopInputSchema>;
