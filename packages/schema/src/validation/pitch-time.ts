/**
 * How long a co-op's pitch takes to say: the five answers of the profile (name, where it is
 * based, what it provides, why buy from it, who it wants to talk to) read aloud at a speaking
 * pace of about 150 words a minute, against the 60 seconds a pitch round gives each co-op.
 * Shared by the profile form (the estimate beside the answers) and the pitch screens.
 */
export const PITCH_SECONDS = 60;
export const WORDS_PER_MINUTE = 150;

export interface PitchAnswers {
  name: string;
  placeName: string;
  provides: string;
  whyBuy: string;
  wantToTalkTo: string;
}

// Intl.Segmenter knows where words end in every script (Chinese has no spaces); runtimes
// without it split on white space.
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'word' }) : null;

export function countWords(text: string): number {
  if (!segmenter) return text.split(/\s+/).filter(Boolean).length;
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++;
  return words;
}

/** Whole seconds to read the pitch aloud, rounded up. */
export function pitchSeconds(answers: PitchAnswers, wordsPerMinute = WORDS_PER_MINUTE): number {
  const words = [answers.name, answers.placeName, answers.provides, answers.whyBuy, answers.wantToTalkTo]
    .map((text) => countWords(text ?? ''))
    .reduce((a, b) => a + b, 0);
  return Math.ceil((words * 60) / wordsPerMinute);
}
