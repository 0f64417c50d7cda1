import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../../lib/QueryState';
import { useViewer } from './useViewer';

/** Shows its children to a signed-in person; sends anyone else to sign in and back. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { viewer, loading } = useViewer();
  const location = useLocation();
  if (loading) return <Loading label="Checking your account…" />;
  if (!viewer) {
    return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  return children;
}
