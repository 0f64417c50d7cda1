import type { ModerationAction, ModerationSubject, Report } from '@principle-six/db';

/** What Query.moderation is resolved from: the administrator asking. */
export interface ModerationModel {
  adminId: string;
}

export interface ReportConnectionModel {
  nodes: Report[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

export interface ModerationActionConnectionModel {
  nodes: ModerationAction[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A profile or posting, found: its kind, its co-op and its own row's id columns. */
export interface Subject {
  kind: ModerationSubject;
  coopId: string;
  needId: string | null;
  offerId: string | null;
  hiddenAt: Date | null;
}
