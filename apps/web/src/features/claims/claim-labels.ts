import type { ClaimStatus } from '../../gql/graphql';

/** A claim's status badge colour; its words are `status.<STATUS>` in the claims namespace. */
export const CLAIM_STATUS_COLOR: Record<ClaimStatus, string> = {
  OPEN: 'blue',
  APPROVED: 'teal',
  REJECTED: 'red',
  CLOSED: 'gray',
  WITHDRAWN: 'gray',
  EXPIRED: 'gray',
};

export const CLAIM_FILE_PATH = '/.well-known/principle-six-claim.txt';
