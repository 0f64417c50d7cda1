import type { TFunction } from 'i18next';
import type { MeetingFormat } from '../../gql/graphql';
import { formatDate } from '../../i18n/format';

export const formatLabel = (t: TFunction<'meetings'>, format: MeetingFormat) => t(`format.${format}`);

/**
 * When a meeting is, in the council's own time zone (where it is held), naming the zone when it
 * differs from the reader's (`readerZone`, the browser's by default), so that someone abroad is
 * not misled. Dates and times in `locale`, the language shown.
 */
export function meetingWhen(
  t: TFunction<'meetings'>,
  locale: string,
  meeting: { startsAt: string; endsAt: string; council: { timeZone: string } },
  readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
): string {
  const zone = meeting.council.timeZone;
  const time = { hour: '2-digit', minute: '2-digit', timeZone: zone } as const;
  const parts = {
    day: formatDate(locale, meeting.startsAt, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: zone }),
    start: formatDate(locale, meeting.startsAt, time),
    end: formatDate(locale, meeting.endsAt, time),
  };
  return readerZone === zone ? t('when.here', parts) : t('when.elsewhere', { ...parts, zone: zone.replace(/_/g, ' ') });
}

/**
 * A short date for lists: "Tue 8 Dec, 18:30", in `locale` (the language shown: pass `locale`
 * from useFormat(); the source language until every caller does).
 */
export function shortWhen(meeting: { startsAt: string; council: { timeZone: string } }, locale: string): string {
  return formatDate(locale, meeting.startsAt, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: meeting.council.timeZone,
  });
}
