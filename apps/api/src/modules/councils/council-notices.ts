import type { NotificationKind } from '@principle-six/db';

/** What an inbox item about a council or meeting needs to be put into words. */
export interface CouncilNoticeFacts {
  kind: NotificationKind;
  councilName: string | null;
  councilSlug: string | null;
  meetingId: string | null;
  meetingTitle: string | null;
  meetingStartsAt: Date | null;
  meetingCancelled: boolean;
  /** The reader's co-op (invited, joined), if any. */
  coopName: string | null;
  /** For VISITOR_ANSWERED: the reader's answer as it stands. */
  attendeeStatus: string | null;
  /** The council's time zone, for the date. */
  timeZone: string | null;
}

export const COUNCIL_NOTICE_KINDS: NotificationKind[] = [
  'COUNCIL_INVITATION',
  'COUNCIL_REQUEST',
  'COUNCIL_JOINED',
  'MEETING_SCHEDULED',
  'MEETING_CHANGED',
  'MEETING_REMINDER',
  'VISITOR_REQUEST',
  'VISITOR_ANSWERED',
];

function when(facts: CouncilNoticeFacts): string {
  if (!facts.meetingStartsAt) return '';
  const date = facts.meetingStartsAt.toLocaleString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: facts.timeZone ?? 'UTC',
  });
  return ` on ${date}`;
}

/**
 * One line for an item about a council or meeting, and the page it leads to, in the inbox and in
 * the digest alike (so the two never say different things). Null for other kinds.
 */
export function councilNotice(facts: CouncilNoticeFacts): { text: string; path: string } | null {
  const council = facts.councilName ?? 'A council';
  const meeting = facts.meetingTitle ? `“${facts.meetingTitle}”` : 'a meeting';
  const councilPath = facts.councilSlug ? `/councils/${facts.councilSlug}` : '/councils';
  const meetingPath = facts.meetingId ? `/meetings/${facts.meetingId}` : councilPath;
  switch (facts.kind) {
    case 'COUNCIL_INVITATION':
      return { text: `${council} invited ${facts.coopName ?? 'your co-op'} to join; accept or decline it`, path: councilPath };
    case 'COUNCIL_REQUEST':
      return { text: `A co-op asked to join ${council}; answer it`, path: `${councilPath}?tab=requests` };
    case 'COUNCIL_JOINED':
      return { text: `${facts.coopName ?? 'Your co-op'} joined ${council}`, path: councilPath };
    case 'MEETING_SCHEDULED':
      return { text: `${council} scheduled ${meeting}${when(facts)}: will you come?`, path: meetingPath };
    case 'MEETING_CHANGED':
      return {
        text: facts.meetingCancelled ? `${meeting} was cancelled` : `${meeting} changed: it is now${when(facts)}`,
        path: meetingPath,
      };
    case 'MEETING_REMINDER':
      return { text: `${meeting} is${when(facts)}`, path: meetingPath };
    case 'VISITOR_REQUEST':
      return { text: `Someone asked to visit ${meeting}; answer them`, path: meetingPath };
    case 'VISITOR_ANSWERED':
      return {
        text:
          facts.attendeeStatus === 'REFUSED'
            ? `The organisers of ${council} cannot take visitors at ${meeting}`
            : `You can come to ${meeting}${when(facts)}`,
        path: meetingPath,
      };
    default:
      return null;
  }
}

/** An introduction made by mutual "talk" taps at a meeting, in the inbox and the digest alike. */
export function meetingIntroductionLine(otherCoopName: string | null, meetingTitle: string | null): string {
  return `You and ${otherCoopName ?? 'another co-op'} both want to talk, after the pitches at “${meetingTitle ?? 'a meeting'}”`;
}
