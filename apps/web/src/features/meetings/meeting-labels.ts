import type { MeetingFormat } from '../../gql/graphql';

const FORMATS: Record<MeetingFormat, string> = { IN_PERSON: 'In person', ONLINE: 'Online', HYBRID: 'In person and online' };

export const formatLabel = (format: MeetingFormat) => FORMATS[format];

/**
 * When a meeting is, in the council's own time zone (where it is held), naming the zone when it
 * differs from the reader's, so that someone abroad is not misled.
 */
export function meetingWhen(meeting: { startsAt: string; endsAt: string; council: { timeZone: string } }): string {
  const zone = meeting.council.timeZone;
  const day = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: zone });
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: zone });
  const start = new Date(meeting.startsAt);
  const end = new Date(meeting.endsAt);
  const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return `${day.format(start)}, ${time.format(start)}–${time.format(end)}${local === zone ? '' : ` (${zone.replace(/_/g, ' ')} time)`}`;
}

/** A short date for lists: "Tue 8 Dec, 18:30". */
export function shortWhen(meeting: { startsAt: string; council: { timeZone: string } }): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: meeting.council.timeZone,
  }).format(new Date(meeting.startsAt));
}
