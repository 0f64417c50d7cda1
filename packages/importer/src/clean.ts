/** Text from a register cell: control characters removed, runs of spaces collapsed, trimmed. */
export function cleanText(value: string | undefined): string {
  return (value ?? '')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** Single-line text: line breaks (as in multi-line street addresses) become ", ". */
export function cleanLine(value: string | undefined): string {
  return cleanText(value).replace(/\n+/g, ', ');
}

export function orNull(value: string): string | null {
  return value === '' ? null : value;
}

/** "GLASGOW" → "Glasgow"; names already in mixed case are left as they are. */
export function placeCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s\-'(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Cuts text to `max` characters at a word boundary, adding an ellipsis. */
export function truncateWords(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const slice = text.slice(0, max - 1);
  const space = slice.lastIndexOf(' ');
  return { text: `${slice.slice(0, space > max / 2 ? space : slice.length)}…`, cut: true };
}

export function parseCoordinate(value: string | undefined, limit: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  const n = Number(text);
  return Number.isFinite(n) && Math.abs(n) <= limit && n !== 0 ? n : null;
}

/** A web address with its scheme, or null when the cell holds none. */
export function cleanWebsite(value: string | undefined): string | null {
  const text = cleanLine(value);
  if (!text || /\s/.test(text)) return null;
  const url = /^https?:\/\//i.test(text) ? text : `https://${text}`;
  try {
    // Checked by URL, kept as written (with its scheme): as the profile form keeps it, so that a
    // co-op exported and imported again has the same address, not one with a slash added.
    new URL(url);
    return url;
  } catch {
    return null;
  }
}
