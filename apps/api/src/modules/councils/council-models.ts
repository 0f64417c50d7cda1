import type { Council, Coop, CouncilMemberStatus } from '@principle-six/db';
import type { MemberWithName, Page } from './council-list';

/** What the resolvers of councils.graphql start from (codegen maps the types to these). */
export type CouncilMemberConnectionModel = Page<MemberWithName>;
export type CouncilConnectionModel = Page<Council>;

export interface CouncilViewerCoopModel {
  coop: Coop;
  status: CouncilMemberStatus | null;
  canAct: boolean;
}

export type CouncilImportOutcome = 'MATCHED_BY_REGISTER_NUMBER' | 'MATCHED_BY_NAME_AND_PLACE' | 'CREATED' | 'ALREADY_MEMBER' | 'REFUSED';

export interface CouncilImportRowResultModel {
  row: number;
  outcome: CouncilImportOutcome;
  coop: Coop | null;
  message: string | null;
}

export interface CouncilImportReportModel {
  rows: CouncilImportRowResultModel[];
  matched: number;
  created: number;
  alreadyMembers: number;
  refused: number;
}
