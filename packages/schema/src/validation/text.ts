import { z } from 'zod';

/** Control characters other than tab and newline never belong in what people type. */
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A required piece of text, trimmed, with messages that say how to put it right. */
export function requiredText(label: string, min: number, max: number) {
  return z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .min(min, `Write at least ${min} characters for ${label}.`)
    .max(max, `Keep ${label} to ${max.toLocaleString('en-GB')} characters or fewer.`)
    .refine((v) => !CONTROL_CHARACTERS.test(v), `Remove the control characters from ${label}.`);
}

/** Optional text: blank or missing becomes null. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `Keep ${label} to ${max.toLocaleString('en-GB')} characters or fewer.`)
    .refine((v) => !CONTROL_CHARACTERS.test(v), `Remove the control characters from ${label}.`)
    .nullish()
    .transform((v) => (v ? v : null));
}

/** Optional and, when given, checked by `inner` after blanks are turned into null. */
export function optional<T extends z.ZodType<unknown, string>>(inner: T) {
  return z
    .string()
    .nullish()
    .transform((v) => (v?.trim() ? v.trim() : null))
    .pipe(inner.nullable());
}
