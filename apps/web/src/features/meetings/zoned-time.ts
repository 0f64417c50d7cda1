/**
 * Wall-clock times in a council's time zone, for the meeting form's datetime-local inputs.
 * Intl carries the zone rules (the browser's ICU data), so one conversion each way needs no
 * date library: format a UTC instant in the zone to read its wall time; and for the reverse,
 * guess the instant, see how far its wall time is from the one wanted, and correct (twice covers
 * a change of offset between the guess and the answer).
 */

/**
 * Only read back as numbers, never shown: any locale with Latin digits does, so the reader's
 * language has no part in it.
 */
const PARTS_LOCALE = 'en-US';

function wallTime(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat(PARTS_LOCALE, {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
}

/** "2026-12-08T18:30" in `zone` → the instant, as an ISO string; null when not a date and time. */
export function zonedToIso(local: string, zone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wanted = Date.UTC(y, mo - 1, d, h, mi);
  let guess = wanted;
  for (let i = 0; i < 2; i++) guess += wanted - wallTime(new Date(guess), zone);
  return new Date(guess).toISOString();
}

/** An instant as "2026-12-08T18:30" in `zone`, for a datetime-local input. */
export function isoToZoned(iso: string, zone: string): string {
  return new Date(wallTime(new Date(iso), zone)).toISOString().slice(0, 16);
}
