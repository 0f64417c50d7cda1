import { useCallback, useRef } from 'react';

/**
 * The idempotency key for a create (postNeed, postOffer, introduce): the same while the same
 * values are sent again, so a retry after a lost answer (a dropped connection, a double click)
 * is answered with what the first one created instead of creating it twice; new values get a new
 * key, since the server refuses one key with other arguments.
 */
export function useIdempotencyKey(): (values: unknown) => string {
  const last = useRef<{ values: string; key: string } | null>(null);
  return useCallback((values: unknown) => {
    const json = JSON.stringify(values);
    if (last.current?.values !== json) last.current = { values: json, key: randomKey() };
    return last.current.key;
  }, []);
}

/** 128 random bits in hex. getRandomValues, unlike randomUUID, works on plain-HTTP origins too. */
function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
