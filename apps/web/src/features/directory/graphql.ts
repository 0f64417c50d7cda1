import { graphql } from '../../gql';

/** What a co-op shows in a list: the directory and search results both use it. */
export const CoopSummaryFields = graphql(`
  fragment CoopSummaryFields on Coop {
    id
    slug
    name
    coopType
    place {
      id
      name
      countryName
    }
    categories {
      code
      name
    }
  }
`);

export const DirectoryQuery = graphql(`
  query Directory($first: Int!, $after: String) {
    coops(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CoopSummaryFields
          provides
        }
      }
    }
  }
`);
