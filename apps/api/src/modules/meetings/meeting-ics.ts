import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Council, Meeting } from '@principle-six/db';

export interface IcsOptions {
  publicUrl: string;
  /** Whether the reader may have the online link (see councils-access.ts); a public feed may not. */
  withOnlineLinks: boolean;
}

/** Where a meeting's page is, for the invitation's URL and the stand-in for a withheld link. */
export function meetingPageUrl(publicUrl: string, meetingId: string): string {
  return `${publicUrl.replace(/\/$/, '')}/meetings/${meetingId}`;
}

/**
 * Meetings as iCalendar (RFC 5545), written by ical-generator. Each event's UID is the meeting's id
 * and its SEQUENCE the meeting's, so a calendar that has the invitation replaces it when a change
 * comes, and a cancelled meeting stays in the feed as CANCELLED so calendars take it away. Times
 * are in UTC, which every calendar converts; the council's zone is named for display.
 */
export function meetingsCalendar(council: Pick<Council, 'name' | 'slug' | 'timeZone'>, meetings: Meeting[], options: IcsOptions): string {
  const calendar = ical({
    name: council.name,
    prodId: { company: 'Principle Six', product: 'councils', language: 'EN' },
    timezone: null,
    x: [{ key: 'X-WR-TIMEZONE', value: council.timeZone }],
  });
  calendar.method(ICalCalendarMethod.PUBLISH);
  for (const meeting of meetings) {
    const page = meetingPageUrl(options.publicUrl, meeting.id);
    const link = options.withOnlineLinks ? meeting.onlineUrl : null;
    const where = [meeting.venue, meeting.format !== 'IN_PERSON' ? (link ?? `Online: the link is on ${page}`) : null].filter(Boolean).join(' · ');
    calendar.createEvent({
      id: `${meeting.id}@principle-six`,
      sequence: meeting.sequence,
      start: meeting.startsAt,
      end: meeting.endsAt,
      stamp: meeting.updatedAt,
      lastModified: meeting.updatedAt,
      created: meeting.createdAt,
      summary: `${meeting.title} (${council.name})`,
      description: [meeting.agenda, `Details and answers: ${page}`].filter(Boolean).join('\n\n'),
      location: where || null,
      url: page,
      status: meeting.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
