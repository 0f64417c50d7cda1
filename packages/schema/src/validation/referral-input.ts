import { z } from 'zod';
import { phoneNumber } from './coop-input';
import { MAX_BUDGET } from './posting-input';
import { optional, optionalText, requiredText } from './text';

/** The largest amount a referral or thank-you names, in whole units (as a need's budget). */
export const MAX_AMOUNT = MAX_BUDGET;

export const REFERRAL_KINDS = ['EXTERNAL', 'INTERNAL', 'TIER_THREE'] as const;

/** What each warmth level means, shown beside the choice in the form and in the API's docs. */
export const WARMTH_LEVELS: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: 'Contact shared, and the prospect knows',
  2: 'Material passed on',
  3: 'I vouched for them',
  4: 'I introduced them',
  5: 'We set up or attended a meeting together',
};

/** Why a referral needs the prospect's say-so, for the refusal and the form's help text. */
export const CONSENT_MESSAGE =
  'Tick this only when the prospect knows this co-op will contact them. Without that it is a lead, not a ' +
  'referral: a cold call in your name helps nobody.';

/**
 * ISO 4217 currencies in use, from the runtime's own list (ICU's, in Node and every current
 * browser), so that made-up codes (ZZZ, XXX) never reach a public total. A runtime without the
 * list takes any three capital letters.
 */
const CURRENCIES: ReadonlySet<string> | null =
  typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null;

export function isCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && (CURRENCIES === null || CURRENCIES.has(code));
}

/** Whole units of a currency; the API gets numbers, the web form may send strings. */
export const moneyInputSchema = z.object(
  {
    amount: z
      .number({ error: 'Enter the amount as a whole number.' })
      .int('Enter the amount as a whole number.')
      .min(0, 'The amount cannot be negative.')
      .max(MAX_AMOUNT, `Keep the amount to ${MAX_AMOUNT.toLocaleString('en-GB')} or less.`),
    currency: z
      .string({ error: 'Enter a three-letter currency code such as GBP.' })
      .trim()
      .toUpperCase()
      .refine(isCurrency, 'Enter a currency in use, by its three-letter code (GBP, EUR, USD...).'),
  },
  { error: 'Enter the amount and its currency.' },
);

const email = optional(z.email('Enter an email address like name@example.org.').max(254), { label: 'the email address', max: 254 });

export const referralProspectSchema = z
  .object(
    {
      name: requiredText("the prospect's name", 1, 200),
      organisation: optionalText("the prospect's organisation", 200),
      email,
      phone: optional(phoneNumber, { label: 'the phone number', max: 30 }),
    },
    { error: 'Say who the prospect is.' },
  )
  .superRefine((p, ctx) => {
    if (p.email === null && p.phone === null) {
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'Give an email address or a phone number for the prospect.' });
    }
  });

/** passReferral's input as people fill it in, shared by the web form and the API. */
export const passReferralInputSchema = z.object({
  fromCoopId: z.string({ error: 'Choose the co-op you are passing it from.' }).min(1, 'Choose the co-op you are passing it from.'),
  toCoopId: z.string({ error: 'Choose the co-op to refer.' }).min(1, 'Choose the co-op to refer.'),
  kind: z.enum(REFERRAL_KINDS, { error: 'Choose the kind of referral.' }),
  needId: z.string().nullish().transform((v) => v || null),
  meetingId: z.string().nullish().transform((v) => v || null),
  what: requiredText('what the prospect needs', 10, 2000, { multiline: true }),
  prospect: referralProspectSchema,
  prospectKnows: z.literal(true, { error: CONSENT_MESSAGE }),
  warmth: z
    .number({ error: 'Choose how warm the introduction is, 1 to 5.' })
    .int('Choose how warm the introduction is, 1 to 5.')
    .min(1, 'Choose how warm the introduction is, 1 to 5.')
    .max(5, 'Choose how warm the introduction is, 1 to 5.'),
  estimatedValue: moneyInputSchema.nullish().transform((v) => v ?? null),
  note: optionalText('the note', 2000, { multiline: true }),
});

/**
 * Business won or thanked for: at least 1. A thank-you of nothing adds nothing to anyone's
 * ledger, and could only pad a public total past the number at which it is shown.
 */
export const businessValueSchema = moneyInputSchema.extend({
  amount: moneyInputSchema.shape.amount.min(1, 'Enter the value of the business, 1 or more.'),
});

export type PassReferralValues = z.output<typeof passReferralInputSchema>;

export const closingReasonSchema = optionalText('the reason', 500, { multiline: true });

export const thankForBusinessInputSchema = z.object({
  fromCoopId: z.string({ error: 'Choose your co-op.' }).min(1, 'Choose your co-op.'),
  toCoopId: z.string({ error: 'Choose the co-op to thank.' }).min(1, 'Choose the co-op to thank.'),
  value: businessValueSchema,
  note: optionalText('what the business was', 500, { multiline: true }),
});
