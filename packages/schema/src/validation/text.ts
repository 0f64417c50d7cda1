import { z } from 'zod';

/**
 * Text people type, checked the same way in the web forms and the API.
 *
 * Every piece is NFC-normalised before its length is counted, so "é" typed as e + combining
 * accent is one character and is stored composed. Single-line text (names, titles, places,
 * emails, phone numbers...) refuses line breaks, tabs, control characters, the bidirectional
 * controls that reorder what follows them, and invisible format characters: each of these can
 * forge a line in a digest or make one name look like another. Multi-line text (descriptions,
 * messages, notes) keeps line breaks and tabs (every kind of line break is stored as \n) but
 * refuses the rest of the control characters and the bidirectional overrides and isolates.
 */
export interface TextOptions {
  /** Keep line breaks and tabs (descriptions, messages, notes). Single-line when left out. */
  multiline?: boolean;
}

/** Unpaired UTF-16 surrogates: no character at all, and stored as U+FFFD. */
const UNPAIRED_SURROGATE = /\p{Cs}/u;
// eslint-disable-next-line no-control-regex -- matching them is the point
const LINE_BREAK = /[\n\r\u000B\u000C\u0085\u2028\u2029]/u;
const TAB = /\t/;
/** C0, DEL and C1 controls; in multi-line text, less the tab and newline. */
const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_TAB_AND_NEWLINE = /(?![\t\n])\p{Cc}/u;
/** Embeddings, overrides and isolates (LRE..RLO, LRI..PDI): they reorder the text after them. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** The same, with the invisible direction marks (LRM, RLM, ALM) that single-line text refuses too. */
const BIDI_CONTROL_OR_MARK = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/**
 * Invisible format characters (zero-width space and joiners, BOM, soft hyphen, word joiner, tag
 * characters...) and the Hangul fillers, which render as nothing and make blank or look-alike names.
 */
const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0]/u;
/**
 * More than 30 combining marks in a row: never real text (Unicode's stream-safe format sets the
 * same bound) and, unrefused, normalising a long run of them takes time quadratic in its length.
 */
const STACKED_MARKS = /\p{M}{31}/u;
const LINE_ENDING = /\r\n?|[\u0085\u2028\u2029]/g;

type TextProblem = 'unreadable' | 'line breaks' | 'tabs' | 'control' | 'direction' | 'invisible';

const MESSAGES: Record<TextProblem, (label: string) => string> = {
  unreadable: (label) => `Remove the unreadable characters from ${label}.`,
  'line breaks': (label) => `Remove the line breaks from ${label}.`,
  tabs: (label) => `Remove the tabs from ${label}.`,
  control: (label) => `Remove the control characters from ${label}.`,
  direction: (label) => `Remove the hidden text-direction characters from ${label}.`,
  invisible: (label) => `Remove the invisible characters from ${label}.`,
};

/** The first kind of character `text` may not contain, or null when it is fine. */
export function textProblem(text: string, options: TextOptions = {}): TextProblem | null {
  if (UNPAIRED_SURROGATE.test(text)) return 'unreadable';
  if (options.multiline) {
    if (CONTROL_BUT_TAB_AND_NEWLINE.test(text)) return 'control';
    if (BIDI_CONTROL.test(text)) return 'direction';
    return null;
  }
  if (LINE_BREAK.test(text)) return 'line breaks';
  if (TAB.test(text)) return 'tabs';
  if (CONTROL.test(text)) return 'control';
  if (BIDI_CONTROL_OR_MARK.test(text)) return 'direction';
  if (INVISIBLE.test(text)) return 'invisible';
  return null;
}

/** NFC, and in multi-line text every line break as \n. */
export function normaliseText(text: string, options: TextOptions = {}): string {
  const composed = text.normalize('NFC');
  return options.multiline ? composed.replace(LINE_ENDING, '\n') : composed;
}

const tooLong = (label: string, max: number) =>
  `Keep ${label} to ${max.toLocaleString('en-GB')} characters or fewer.`;

/**
 * A string normalised and trimmed, with the cheap refusals first: text far over `max`, or with a
 * pile of combining marks, is refused before normalising it costs anything.
 */
function typedText(label: string, max: number, options: TextOptions, typeError?: string) {
  return z
    .string(typeError ? { error: typeError } : undefined)
    .refine((v) => v.length <= max * 4 + 100, { message: tooLong(label, max), abort: true })
    .refine((v) => !STACKED_MARKS.test(v), { message: `Remove the stacked accent marks from ${label}.`, abort: true })
    .overwrite((v) => normaliseText(v, options))
    .trim();
}

function allowedCharacters(label: string, options: TextOptions) {
  return (value: string, ctx: z.RefinementCtx) => {
    const problem = textProblem(value, options);
    if (problem) ctx.addIssue({ code: 'custom', message: MESSAGES[problem](label) });
  };
}

/** A required piece of text, normalised and trimmed, with messages that say how to put it right. */
export function requiredText(label: string, min: number, max: number, options: TextOptions = {}) {
  const text = typedText(label, max, options, `Enter ${label}.`)
    .min(1, `Enter ${label}.`)
    .superRefine(allowedCharacters(label, options));
  // "At least 1 characters" says nothing "Enter …" has not.
  return (min > 1 ? text.min(min, `Write at least ${min} characters for ${label}.`) : text).max(max, tooLong(label, max));
}

/** Optional text: blank or missing becomes null. */
export function optionalText(label: string, max: number, options: TextOptions = {}) {
  return typedText(label, max, options)
    .superRefine(allowedCharacters(label, options))
    .max(max, tooLong(label, max))
    .nullish()
    .transform((v) => (v ? v : null));
}

/**
 * Optional single-line text that `inner` checks further (a web address, an email, a phone
 * number) once blanks are null and the text is normalised and free of refused characters.
 */
export function optional<T extends z.ZodType<unknown, string>>(inner: T, field: { label: string; max: number }) {
  return z
    .string()
    .nullish()
    .transform((v) => (v?.trim() ? v : null))
    .pipe(typedText(field.label, field.max, {}).superRefine(allowedCharacters(field.label, {})).pipe(inner).nullable());
}
