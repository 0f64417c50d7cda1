import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../../lib/QueryState';
import { useViewer } from './useViewer';

/** What the sign-in page reads from the history state: why the person was sent there. */
export interface SignInState {
  reason?: string;
}

/**
 * Shows its children to a signed-in person; sends anyone else to sign in and back. `reason` (e.g.
 * "Sign in to pass a referral.", already translated by the caller) is shown on the sign-in page, so the detour is explained; it
 * travels in the history state, not the URL, so a link cannot put words on that page.
 */
export function RequireSignIn({ children, reason }: { children: ReactNode; reason?: string }) {
  const { viewer, loading } = useViewer();
  const location = useLocation();
  const { t } = useTranslation('accounts');
  // Only before anyone is known: a refetch of the viewer (after a claim, an invitation accepted)
  // must not unmount the page, which would start its one-time action again, and again.
  if (loading && !viewer) return <Loading label={t('requireSignIn.checking')} />;
  if (!viewer) {
    const state: SignInState | undefined = reason ? { reason } : undefined;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} state={state} replace />;
  }
  return children;
}
