import { countWords, pitchSeconds, PITCH_SECONDS } from './pitch-time';

describe('countWords', () => {
  it('counts words, not punctuation or spaces', () => {
    expect(countWords('We print zines, posters -- and more!')).toBe(6);
    expect(countWords('   ')).toBe(0);
    expect(countWords("Worker-owned since '09")).toBe(4);
  });
});

describe('pitchSeconds', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

  it('reads the five answers at 150 words a minute, rounding up', () => {
    // 2 + 1 + 50 + 50 + 47 = 150 words: one minute exactly.
    expect(pitchSeconds({ name: 'Calder Print', placeName: 'Leeds', provides: words(50), whyBuy: words(50), wantToTalkTo: words(47) })).toBe(
      PITCH_SECONDS,
    );
    // One word more tips it over.
    expect(pitchSeconds({ name: 'Calder Print', placeName: 'Leeds', provides: words(51), whyBuy: words(50), wantToTalkTo: words(47) })).toBe(61);
  });

  it('is zero for an empty profile, and takes another pace', () => {
    expect(pitchSeconds({ name: '', placeName: '', provides: '', whyBuy: '', wantToTalkTo: '' })).toBe(0);
    expect(pitchSeconds({ name: words(10), placeName: '', provides: '', whyBuy: '', wantToTalkTo: '' }, 120)).toBe(5);
  });
});
