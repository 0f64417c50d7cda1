import type { ClaimStatus } from '../../gql/graphql';

export const CLAIM_STATUS: Record<ClaimStatus, { label: string; color: string }> = {
  OPEN: { label: 'Waiting for proof', color: 'blue' },
  APPROVED: { label: 'Approved', color: 'teal' },
  REJECTED: { label: 'Turned down', color: 'red' },
  CLOSED: { label: 'Closed', color: 'gray' },
  WITHDRAWN: { label: 'Withdrawn', color: 'gray' },
  EXPIRED: { label: 'Expired', color: 'gray' },
};

export const CLAIM_FILE_PATH = '/.well-known/principle-six-claim.txt';

export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
