import { findCategory } from '@principle-six/taxonomy';
import { invalidInput } from '../../errors/user-errors';
import type { Resolvers } from '../../generated/resolvers';
import { badQueryInput } from '../../errors/query-errors';
import { MAX_SUGGESTIONS } from './suggestions';

const EMPTY_FACETS = { categories: [], coopTypes: [], countries: [], regions: [] };

export const searchResolvers: Resolvers = {
  Query: {
    mapTiles: (_parent, _args, ctx) => ctx.mapTiles,
    search: async (_parent, { input, first, after }, ctx) => {
      const result = await ctx.services.search.search(input, first ?? 20, after ?? null);
      if (!result.ok) {
        return {
          edges: [],
          pageInfo: { hasNextPage: false, endCursor: null },
          totalCount: 0,
          totalCountIsLowerBound: false,
          matchedAllWords: true,
          allWordsCount: 0,
          droppedWords: [],
          alternatives: [],
          near: null,
          plan: null,
          errors: result.errors,
        };
      }
      const page = result.value;
      return {
        edges: page.hits.map((hit) => ({
          cursor: hit.cursor,
          node: hit.coop,
          score: hit.score,
          distanceKm: hit.distanceKm,
          snippet: hit.snippet,
          matchedCategories: hit.matchedCategoryCodes.flatMap((code) => {
            const category = findCategory(code);
            return category ? [{ ...category }] : [];
          }),
          missingWords: hit.missingWords,
          relatedMatches: hit.relatedMatches,
        })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
        totalCount: page.totalCount,
        totalCountIsLowerBound: page.totalCountIsLowerBound,
        matchedAllWords: page.plan.matchedAllWords,
        allWordsCount: page.allWordsCount,
        droppedWords: page.droppedWords,
        alternatives: page.alternatives,
        near: page.plan.near
          ? {
              label: page.plan.near.label,
              countryCode: page.plan.near.countryCode,
              latitude: page.plan.near.latitude,
              longitude: page.plan.near.longitude,
            }
          : null,
        plan: page.plan,
        errors: [],
      };
    },
    searchSuggestions: async (_parent, { prefix, limit }, ctx) => {
      const wanted = limit ?? 8;
      if (!Number.isInteger(wanted) || wanted < 1 || wanted > MAX_SUGGESTIONS) {
        throw badQueryInput(invalidInput(`Ask for 1 to ${MAX_SUGGESTIONS} suggestions.`, 'limit'));
      }
      // eslint-disable-next-line no-control-regex -- control characters (NUL included) are spaces here
      return ctx.services.search.suggest(prefix.replace(/[\u0000-\u001F\u007F]+/g, ' '), wanted);
    },
  },
  CoopSearchResult: {
    // Counted only when asked for: a results page that shows no filters does not pay for them.
    facets: (result, _args, ctx) => (result.plan ? ctx.services.search.facets(result.plan) : EMPTY_FACETS),
  },
};
