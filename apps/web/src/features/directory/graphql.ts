import { graphql } from '../../gql';

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
          id
          slug
          name
          provides
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
      }
    }
  }
`);
