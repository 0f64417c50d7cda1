import { useCallback, useEffect, useState } from 'react';
import { PITCH_SECONDS } from '@principle-six/schema';

export interface PitchTimer {
  /** Whole seconds left, never below 0. */
  left: number;
  running: boolean;
  start(): void;
  pause(): void;
  reset(): void;
}

interface Clock {
  /** Milliseconds used before the current run. */
  usedMs: number;
  /** When the current run started; null while paused. */
  since: number | null;
  /** The latest reading of the clock, taken by the ticks. */
  now: number;
}

/**
 * A pitch's countdown. Time left is worked out from the clock (when it was started and what was
 * used before a pause), not by counting ticks, so a busy or backgrounded tab does not slow it.
 * It stops itself at zero.
 */
export function usePitchTimer(total = PITCH_SECONDS): PitchTimer {
  const [clock, setClock] = useState<Clock>({ usedMs: 0, since: null, now: 0 });
  const elapsed = clock.usedMs + (clock.since === null ? 0 : clock.now - clock.since);
  const left = Math.max(0, Math.ceil(total - elapsed / 1000));

  useEffect(() => {
    if (clock.since === null) return;
    const timer = setInterval(() => {
      setClock((c) => {
        if (c.since === null) return c;
        const now = Date.now();
        return c.usedMs + (now - c.since) >= total * 1000 ? { usedMs: total * 1000, since: null, now } : { ...c, now };
      });
    }, 250);
    return () => clearInterval(timer);
  }, [clock.since, total]);

  const start = useCallback(() => {
    const now = Date.now();
    setClock((c) => (c.since !== null || c.usedMs >= total * 1000 ? c : { ...c, since: now, now }));
  }, [total]);
  const pause = useCallback(() => {
    const now = Date.now();
    setClock((c) => (c.since === null ? c : { usedMs: c.usedMs + (now - c.since), since: null, now }));
  }, []);
  const reset = useCallback(() => setClock({ usedMs: 0, since: null, now: 0 }), []);
  return { left, running: clock.since !== null, start, pause, reset };
}
