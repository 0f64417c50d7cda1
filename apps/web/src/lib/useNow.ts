import { useEffect, useState } from 'react';

/**
 * The time now, read when the component first renders and again every `everyMs`, so that a page
 * left open notices a meeting starting or ending (render itself must not read the clock).
 */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
