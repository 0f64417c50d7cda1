import { graphql } from '../../gql';

export const SearchQuery = graphql(`
  query Search($input: CoopSearchInput!, $first: Int!, $after: String) {
    search(input: $input, first: $first, after: $after) {
      totalCount
      totalCountIsLowerBound
      matchedAllWords
      allWordsCount
      droppedWords
      alternatives {
        kind
        text
      }
      near {
        label
        latitude
        longitude
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        distanceKm
        snippet {
          text
          highlighted
        }
        matchedCategories {
          code
          name
        }
        missingWords
        relatedMatches {
          typed
          matched
        }
        node {
          ...CoopSummaryFields
          latitude
          longitude
          place {
            countryCode
          }
        }
      }
      facets {
        categories {
          count
          code
          name
          level
          parentCode
        }
        coopTypes {
          value
          label
          count
        }
        countries {
          value
          label
          count
        }
        regions {
          value
          label
          count
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const SuggestionsQuery = graphql(`
  query SearchSuggestions($prefix: String!) {
    searchSuggestions(prefix: $prefix, limit: 9) {
      kind
      label
      value
      detail
    }
  }
`);

export const MapTilesQuery = graphql(`
  query MapTiles {
    mapTiles {
      urlTemplate
      attribution
    }
  }
`);

/** How many open needs and offers hold the same words: the counts on the search page's tabs. */
export const SearchPostingCountsQuery = graphql(`
  query SearchPostingCounts($filter: PostingFilter!) {
    needs(filter: $filter, first: 1) {
      totalCount
    }
    offers(filter: $filter, first: 1) {
      totalCount
    }
  }
`);
