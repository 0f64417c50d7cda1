import type { Category, Coop } from '@principle-six/db';
import type { PageInfo, ResolvedPlace, UserError } from '../../generated/resolvers';
import type { SearchPlan } from './search-plan';
import type { TextSegment } from './snippets';

export interface CoopSearchHitModel {
  cursor: string;
  node: Coop;
  score: number | null;
  distanceKm: number | null;
  snippet: TextSegment[];
  matchedCategories: Category[];
  missingWords: string[];
  relatedMatches: { typed: string; matched: string }[];
}

/** A results page as resolvers pass it on: the plan travels along so facets can be counted on demand. */
export interface CoopSearchResultModel {
  edges: CoopSearchHitModel[];
  pageInfo: PageInfo;
  totalCount: number;
  totalCountIsLowerBound: boolean;
  matchedAllWords: boolean;
  allWordsCount: number;
  droppedWords: string[];
  alternatives: { kind: 'DID_YOU_MEAN' | 'RELATED'; text: string }[];
  near: ResolvedPlace | null;
  errors: UserError[];
  plan: SearchPlan | null;
}
