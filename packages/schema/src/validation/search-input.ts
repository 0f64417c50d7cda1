import { COOP_TYPE_KEYS, COUNTRIES, findCategory } from '@principle-six/taxonomy';
import { z } from 'zod';
import { optionalText } from './text';

export const MAX_SEARCH_TEXT = 200;
export const MAX_SEARCH_PAGE = 100;
export const MAX_RADIUS_KM = 1000;
const MAX_FILTER_VALUES = 20;

function list<T extends z.ZodType>(item: T, label: string) {
  return z
    .array(item)
    .max(MAX_FILTER_VALUES, `Choose at most ${MAX_FILTER_VALUES} ${label}.`)
    .nullish()
    .transform((v) => [...new Set(v ?? [])] as z.output<T>[]);
}

/**
 * A search as a person or a link states it. Search text is forgiving (extra spaces and control
 * characters are tidied away rather than refused), but a wall of text is refused with a message:
 * nobody types 10 KB into a search box, and it would cost every other user.
 */
export const searchInputSchema = z
  .object({
    text: z
      .string()
      .nullish()
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .transform((v) => (v ?? '').replace(/[\u0000-\u001F\u007F]+/g, ' ').replace(/\s+/g, ' ').trim())
      .refine((v) => v.length <= MAX_SEARCH_TEXT, `Keep the search to ${MAX_SEARCH_TEXT} characters or fewer.`),
    categoryCodes: list(
      z.string().trim().refine((code) => findCategory(code) !== undefined, 'Choose categories from the list.'),
      'categories',
    ),
    coopTypes: list(z.enum(COOP_TYPE_KEYS as [string, ...string[]], { error: 'Choose kinds of co-op from the list.' }), 'kinds of co-op'),
    countryCodes: list(
      z.string().trim().toUpperCase().refine((code) => code in COUNTRIES, 'Choose countries from the list.'),
      'countries',
    ),
    regions: list(
      z
        .string()
        .trim()
        .min(1, 'Choose regions from the list.')
        .max(100, 'Choose regions from the list.')
        // eslint-disable-next-line no-control-regex -- no region's name holds a control character
        .refine((v) => !/[\u0000-\u001F\u007F]/.test(v), 'Choose regions from the list.'),
      'regions',
    ),
    near: z
      .object({
        place: optionalText('the place', 120).refine((v) => v !== null, 'Enter a town, city or postcode.'),
        radiusKm: z
          .number({ error: 'Enter a distance in kilometres.' })
          .min(1, 'Search at least 1 km around the place.')
          .max(MAX_RADIUS_KM, `Search at most ${MAX_RADIUS_KM.toLocaleString('en-GB')} km around the place.`),
      })
      .nullish()
      .transform((v) => (v ? { place: v.place!, radiusKm: v.radiusKm } : null)),
    sort: z.enum(['RELEVANCE', 'DISTANCE', 'NEWEST']).nullish().transform((v) => v ?? 'RELEVANCE'),
  })
  .superRefine((input, ctx) => {
    if (input.sort === 'DISTANCE' && !input.near) {
      ctx.addIssue({ code: 'custom', path: ['sort'], message: 'Choose a place to sort by distance from it.' });
    }
  });

export type SearchInputValues = z.output<typeof searchInputSchema>;
