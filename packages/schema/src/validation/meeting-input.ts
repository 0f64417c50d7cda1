import { z } from 'zod';
import { optional, optionalText, requiredText } from './text';

/** The longest meeting: a day (a trade fair's day, not a week-long conference). */
export const MAX_MEETING_HOURS = 24;

/** A date and time to the minute, as calendars keep them (seconds would drift from the invitation). */
const instant = (label: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() ? new Date(v) : v),
    z
      .date({ error: `Enter ${label} as a date and time.` })
      .refine((d) => !Number.isNaN(d.getTime()), `Enter ${label} as a date and time.`)
      .transform((d) => new Date(Math.floor(d.getTime() / 60_000) * 60_000)),
  );

const link = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'Enter the meeting link as an address like https://meet.example.org/council.' })
  .pipe(z.string().max(500, 'Keep the link to 500 characters or fewer.'));

/**
 * A meeting as an organiser fills it in (MeetingInput). The place a meeting needs follows from its
 * format: a venue in person, a link online, both when hybrid; what the format does not use is dropped.
 */
export const meetingInputSchema = z
  .object({
    title: requiredText('the title', 2, 160),
    agenda: optionalText('the agenda', 5000, { multiline: true }).transform((v) => v ?? ''),
    startsAt: instant('when it starts'),
    endsAt: instant('when it ends'),
    format: z.enum(['IN_PERSON', 'ONLINE', 'HYBRID'], { error: 'Choose in person, online or both.' }),
    venue: optionalText('the venue', 300),
    // As single-line text first: no control, invisible or direction characters (a NUL reaches
    // PostgreSQL, a U+0001 breaks the calendar file, a U+202E disguises where a link goes).
    onlineUrl: optional(link, { label: 'the meeting link', max: 500 }),
  })
  .superRefine((m, ctx) => {
    if (m.endsAt <= m.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'It must end after it starts.' });
    else if (m.endsAt.getTime() - m.startsAt.getTime() > MAX_MEETING_HOURS * 3600_000) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: `A meeting lasts ${MAX_MEETING_HOURS} hours at most: schedule each day on its own.` });
    }
    if (m.format !== 'ONLINE' && !m.venue) ctx.addIssue({ code: 'custom', path: ['venue'], message: 'Say where it is held.' });
    if (m.format !== 'IN_PERSON' && !m.onlineUrl) ctx.addIssue({ code: 'custom', path: ['onlineUrl'], message: 'Give the link people join by.' });
  })
  .transform((m) => ({
    ...m,
    venue: m.format === 'ONLINE' ? null : m.venue,
    onlineUrl: m.format === 'IN_PERSON' ? null : m.onlineUrl,
  }));

export type MeetingInputValues = z.output<typeof meetingInputSchema>;

/** A visitor's note to the organisers. */
export const visitNoteSchema = optionalText('the note', 1000, { multiline: true });

/** Who came in a member's place. */
export const substituteNameSchema = optionalText('who came instead', 120);

/** The people one attendance call records. */
export const MAX_ATTENDANCE_ENTRIES = 500;
