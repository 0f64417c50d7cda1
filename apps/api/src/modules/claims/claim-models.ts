import type { ClaimEvent, CoopClaim } from '@principle-six/db';

/** What CoopClaimConnection is resolved from. */
export interface CoopClaimConnectionModel {
  nodes: CoopClaim[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

/** What ClaimEventConnection is resolved from. */
export interface ClaimEventConnectionModel {
  nodes: ClaimEvent[];
  hasNextPage: boolean;
  endCursor: string | null;
}
