import { z } from 'zod';
import { websiteAddress } from './coop-input';
import { optional, optionalText, requiredText } from './text';

/**
 * IANA time zones the runtime knows (ICU's list, in Node and every current browser), so that an
 * invitation never names a zone a calendar cannot read. A runtime without the list takes any
 * Area/Location-shaped name and UTC.
 */
const TIME_ZONES: ReadonlySet<string> | null =
  typeof Intl.supportedValuesOf === 'function' ? new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']) : null;

export function isTimeZone(zone: string): boolean {
  if (TIME_ZONES) return TIME_ZONES.has(zone);
  return zone === 'UTC' || /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2}$/.test(zone);
}

/** A council's page as an organiser fills it in; field names are those of CouncilInput. */
export const councilInputSchema = z.object({
  name: requiredText('the council’s name', 2, 120),
  description: requiredText('what the council is', 10, 2000, { multiline: true }),
  area: optionalText('the area it covers', 120),
  website: optional(websiteAddress, { label: 'the web address', max: 300 }),
  timeZone: z
    .string({ error: 'Choose the time zone its meetings are held in.' })
    .trim()
    .refine(isTimeZone, 'Choose a time zone from the list, such as Europe/London.'),
});

export type CouncilInputValues = z.output<typeof councilInputSchema>;

/** The note a co-op sends with a request to join, or an organiser with an invitation. */
export const councilJoinMessageSchema = optionalText('the message', 1000, { multiline: true });

/** The longest "what we provide" a profile holds; an imported description is cut to it. */
export const MAX_PROVIDES = 2000;

/** The rows one import call takes; the web app sends longer lists in batches of this size. */
export const MAX_IMPORT_ROWS = 500;

/** One mapped spreadsheet row: every column optional here; council-import.ts says which rows it can use. */
export const councilImportRowSchema = z.object({
  // The limits of a profile, which a row may become.
  name: optionalText('the name', 120).refine((v) => v === null || v.length >= 2, 'Write at least 2 characters for the name.'),
  place: optionalText('the place', 100).refine((v) => v === null || v.length >= 2, 'Write at least 2 characters for the place.'),
  website: optional(websiteAddress, { label: 'the web address', max: 300 }),
  // Longer than a profile takes: lists carry long descriptions, which the import shortens.
  provides: optionalText('what it does', 20_000, { multiline: true }),
  registerNumber: optionalText('the register number', 40),
});

/** An interest in one's own words (a team, a hobby, a home town, a cause). */
export const interestLabelSchema = requiredText('the interest', 2, 80);

/** The most interests one person keeps. */
export const MAX_INTERESTS = 30;
