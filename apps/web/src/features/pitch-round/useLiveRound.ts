import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { PitchRoundFieldsFragment } from '../../gql/graphql';
import { PitchRoundPageQuery, PitchRoundSubscription } from './graphql';

/** The last ten seconds of a pitch: the warning on every screen. */
export const WARNING_SECONDS = 10;

/**
 * A meeting's round, live: the page's query, kept current by the subscription (whose first event
 * is the round as it is, so a page that reconnects catches up; the cache keeps the highest
 * version, see apollo.ts). With `tick`, the clock is worked out four times a second from the
 * round's times and the server's clock, so every screen shows the same second.
 */
export function useLiveRound(meetingId: string, tick = true) {
  const query = useQuery(PitchRoundPageQuery, { variables: { id: meetingId } });
  const live = useSubscription(PitchRoundSubscription, { variables: { meetingId } });
  // The newer of the page's reading and the latest event: a round made after the page opened
  // arrives by the subscription alone.
  const read = query.data?.meeting?.pitchRound ?? null;
  const pushed = live.data?.pitchRound ?? null;
  const round = read && pushed ? (pushed.version > read.version ? pushed : read) : (pushed ?? read);
  const clock = usePitchClock(round, tick);
  return { query, round, clock, connected: !live.error, liveError: live.error ?? null };
}

export interface PitchClockReading {
  /** Milliseconds left, below 0 once over time. */
  leftMs: number;
  /** Whole seconds left, never below 0. */
  left: number;
  warning: boolean;
  over: boolean;
  running: boolean;
}

function usePitchClock(round: PitchRoundFieldsFragment | null, tick: boolean): PitchClockReading {
  const serverTime = round?.serverTime ?? null;
  const running = !!round?.clockStartedAt;
  // `offset`: how far this device's clock is behind the server's, taken as each reading of the
  // round arrives; `at`: this device's time at the last tick.
  const [reading, setReading] = useState({ at: 0, offset: 0 });
  useEffect(() => {
    if (!serverTime) return;
    const offset = Date.parse(serverTime) - Date.now();
    const read = () => setReading({ at: Date.now(), offset });
    const first = setTimeout(read, 0);
    const timer = tick && running ? setInterval(read, 250) : null;
    return () => {
      clearTimeout(first);
      if (timer) clearInterval(timer);
    };
  }, [serverTime, tick, running]);
  if (!round) return { leftMs: 0, left: 0, warning: false, over: false, running: false };
  const serverNow = reading.at ? reading.at + reading.offset : null;
  const ranMs = round.clockRanMs + (round.clockStartedAt && serverNow ? Math.max(0, serverNow - Date.parse(round.clockStartedAt)) : 0);
  const leftMs = round.pitchSeconds * 1000 - ranMs;
  const left = Math.max(0, Math.ceil(leftMs / 1000));
  return { leftMs, left, warning: left <= WARNING_SECONDS && leftMs > 0, over: leftMs <= 0, running };
}
