import type { BusinessThanks, Referral } from '@principle-six/db';
import type { ReferralNetwork } from '../../generated/resolvers';

/** What ReferralProspect is resolved from: the referral's prospect columns. */
export interface ReferralProspectModel {
  name: string;
  organisation: string | null;
  email: string | null;
  phone: string | null;
  coopId: string | null;
}

export interface ReferralConnectionModel {
  nodes: Referral[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface BusinessThanksConnectionModel {
  nodes: BusinessThanks[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The network's totals; topGivers is resolved on its own, with its argument. */
export type ReferralNetworkModel = Omit<ReferralNetwork, 'topGivers'>;

export interface TopGiverModel {
  coopId: string;
  given: number;
}
