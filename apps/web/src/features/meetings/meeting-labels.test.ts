import i18next, { type TFunction } from 'i18next';
import cy from './locales/cy.json';
import en from './locales/en-GB.json';
import { formatLabel, meetingWhen, shortWhen } from './meeting-labels';
import { isoToZoned, zonedToIso } from './zoned-time';

const i18n = i18next.createInstance();
void i18n.init({ lng: 'en-GB', fallbackLng: 'en-GB', resources: { 'en-GB': { meetings: en }, cy: { meetings: cy } }, interpolation: { escapeValue: false } });
const tIn = (language: string) => i18n.getFixedT(language, 'meetings') as TFunction<'meetings'>;

const meeting = { startsAt: '2026-12-08T18:30:00Z', endsAt: '2026-12-08T20:00:00Z', council: { timeZone: 'Europe/London' } };

describe('a meeting’s time', () => {
  it('is written in the language shown, in the council’s zone', () => {
    expect(meetingWhen(tIn('en-GB'), 'en-GB', meeting, 'Europe/London')).toBe('Tuesday, 8 December 2026, 18:30–20:00');
    expect(meetingWhen(tIn('cy'), 'cy', meeting, 'Europe/London')).toBe('Dydd Mawrth, 8 Rhagfyr 2026, 18:30–20:00');
  });

  it('names the council’s zone to a reader elsewhere', () => {
    const abroad = { ...meeting, council: { timeZone: 'America/New_York' } };
    expect(meetingWhen(tIn('en-GB'), 'en-GB', abroad, 'Europe/London')).toBe('Tuesday, 8 December 2026, 13:30–15:00 (America/New York time)');
    expect(meetingWhen(tIn('cy'), 'cy', abroad, 'Europe/London')).toBe('Dydd Mawrth, 8 Rhagfyr 2026, 13:30–15:00 (amser America/New York)');
  });

  it('is short in lists, in the reader\'s language', () => {
    expect(shortWhen(meeting, 'en-GB')).toBe('Tue 8 Dec, 18:30');
    expect(shortWhen(meeting, 'cy')).toBe('Maw, 8 Rhag, 18:30');
  });

  it('comes with its format in words', () => {
    expect(formatLabel(tIn('en-GB'), 'HYBRID')).toBe('In person and online');
    expect(formatLabel(tIn('cy'), 'ONLINE')).toBe('Ar-lein');
  });
});

describe('wall-clock times in a council’s zone', () => {
  it('turn into the instant and back, across a change of offset', () => {
    expect(zonedToIso('2026-12-08T18:30', 'Europe/London')).toBe('2026-12-08T18:30:00.000Z');
    expect(zonedToIso('2026-07-08T18:30', 'Europe/London')).toBe('2026-07-08T17:30:00.000Z');
    expect(isoToZoned('2026-07-08T17:30:00.000Z', 'Europe/London')).toBe('2026-07-08T18:30');
    expect(isoToZoned('2026-12-08T18:30:00.000Z', 'America/New_York')).toBe('2026-12-08T13:30');
    expect(zonedToIso('not a time', 'Europe/London')).toBeNull();
  });
});
