export interface TextSegment {
  text: string;
  highlighted: boolean;
}

/** Characters never stored in profiles (validation strips control characters), used as markers. */
const START = '\u0002';
const STOP = '\u0003';
const PLAIN_WORDS = 30;

/**
 * Splits ts_headline output into plain and highlighted pieces, so the browser shows matches
 * without ever rendering HTML from the database. Without search words, the first words.
 */
export function toSegments(headline: string, fromSearch: boolean): TextSegment[] {
  if (!headline) return [];
  if (!fromSearch) {
    const words = headline.split(/\s+/);
    const text = words.slice(0, PLAIN_WORDS).join(' ') + (words.length > PLAIN_WORDS ? ' …' : '');
    return [{ text, highlighted: false }];
  }
  const segments: TextSegment[] = [];
  for (const [i, part] of headline.split(START).entries()) {
    if (i === 0) {
      if (part) segments.push({ text: part, highlighted: false });
      continue;
    }
    const [marked, rest] = part.split(STOP) as [string, string | undefined];
    if (marked) segments.push({ text: marked, highlighted: true });
    if (rest) segments.push({ text: rest, highlighted: false });
  }
  return segments;
}
