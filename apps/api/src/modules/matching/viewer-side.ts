import type { Match } from '@principle-six/db';
import type { GraphQLContext } from '../../graphql/context';

/**
 * The co-op the signed-in person acts for on a match (the need's co-op, else the provider), or
 * null when they belong to neither. Through the request's loaders, so a page of matches costs
 * two batched queries, not two per match per field (MatchService.sideOf is the mutations' twin).
 */
export async function viewerSide(match: Pick<Match, 'needId' | 'providerCoopId'>, ctx: GraphQLContext): Promise<string | null> {
  if (!ctx.viewer) return null;
  const need = await ctx.loaders.need.load(match.needId);
  if (need && (await ctx.loaders.viewerRole.load(need.coopId))) return need.coopId;
  return (await ctx.loaders.viewerRole.load(match.providerCoopId)) ? match.providerCoopId : null;
}

/** A match by id if the signed-in person may see it. */
export async function visibleMatch(matchId: string, ctx: GraphQLContext): Promise<Match | null> {
  const match = await ctx.loaders.match.load(matchId);
  return match && (await viewerSide(match, ctx)) ? match : null;
}
