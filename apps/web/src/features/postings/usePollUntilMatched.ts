import { useEffect } from 'react';

/**
 * Matching runs in the background after a posting is saved; until it has (matchedAt is set) the
 * page asks again every second or so, and stops as soon as it has an answer.
 */
export function usePollUntilMatched(
  pending: boolean,
  query: { startPolling: (ms: number) => void; stopPolling: () => void },
) {
  const { startPolling, stopPolling } = query;
  useEffect(() => {
    if (!pending) return;
    startPolling(1000);
    return () => stopPolling();
  }, [pending, startPolling, stopPolling]);
}
