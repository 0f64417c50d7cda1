/**
 * Whether a WebSocket upgrade may proceed from this Origin. Browsers always send Origin on a
 * WebSocket handshake and a page cannot forge it, so checking it stops a page on another origin
 * (a sibling subdomain included) from driving a signed-in person's socket with their cookie.
 * A client that sends no Origin is not a browser, and has no one else's cookie to ride on.
 */
export function originAllowed(origin: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (origin === undefined) return true;
  return allowed.has(normaliseOrigin(origin));
}

/** An origin as `scheme://host[:port]`, lower case, default ports left out (what URL gives). */
export function normaliseOrigin(origin: string): string {
  try {
    const url = new URL(origin);
    return url.origin.toLowerCase();
  } catch {
    return origin.toLowerCase();
  }
}
