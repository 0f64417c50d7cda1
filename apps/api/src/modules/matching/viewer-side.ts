import type { Match } from '@principle-six/db';
import { canSeeMatch, membershipsFromLoaders, sideOnMatch } from '../../access/postings-access';
import type { GraphQLContext } from '../../graphql/context';

/**
 * The co-op the signed-in person acts for on a match (the need's co-op, else the provider), or
 * null when they belong to neither. Through the request's loaders, so a page of matches costs
 * two batched queries, not two per match per field; the rule itself is the access module's.
 */
export async function viewerSide(match: Pick<Match, 'needId' | 'providerCoopId'>, ctx: GraphQLContext): Promise<string | null> {
  if (!ctx.viewer) return null;
  const need = await ctx.loaders.need.load(match.needId);
  if (!need) return null;
  return sideOnMatch({ needCoopId: need.coopId, providerCoopId: match.providerCoopId }, membershipsFromLoaders(ctx.loaders));
}

/** A match by id if the signed-in person may see it. */
export async function visibleMatch(matchId: string, ctx: GraphQLContext): Promise<Match | null> {
  if (!ctx.viewer) return null;
  const match = await ctx.loaders.match.load(matchId);
  const need = match && (await ctx.loaders.need.load(match.needId));
  return match && need && (await canSeeMatch(need, match.providerCoopId, membershipsFromLoaders(ctx.loaders))) ? match : null;
}
