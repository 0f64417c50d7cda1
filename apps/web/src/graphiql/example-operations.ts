/**
 * The tabs the documentation page opens with (until a visitor's own tabs are saved in the
 * browser): the two reads most clients want. Plain strings, not graphql(`...`) documents: they
 * are not the web app's operations and must not be compiled into it.
 */
export interface ExampleOperation {
  query: string;
  variables?: string;
}

export const SEARCH_EXAMPLE: ExampleOperation = {
  query: `# Search the directory: co-ops by what they provide,
# where they are and what kind they are.
# Run it with the pink button, or Ctrl+Enter.
#
# \`text\` takes any words, typos and all. Filters narrow
# the results; add them to \`input\`, for example:
#   near: { place: "Leeds", radiusKm: 25 }
#   coopTypes: [WORKER]
#   categoryCodes: ["M"]
# Every filter is in the documentation (the book icon):
# look up CoopSearchInput. \`first\` is 1 to 100; for the
# next page, pass \`after:\` the endCursor of this one.
query SearchCoops {
  search(input: { text: "printing" }, first: 10) {
    totalCount
    edges {
      node {
        name
        slug
        place {
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
`,
};

export const OPEN_NEEDS_EXAMPLE: ExampleOperation = {
  query: `# Open needs: what co-ops are looking for ("who I
# want to talk to"), newest first. Open needs are public;
# the contact details of the co-op behind one are for
# signed-in people only.
#
# The variables are under "Variables" below. To narrow
# the list, add a filter there (words, and category codes
# at any level):
#   "filter": { "text": "design", "categoryCodes": ["M"] }
# \`first\` is 1 to 100. A need's page is /needs/{id};
# its co-op's is /coops/{slug}.
query OpenNeeds($filter: PostingFilter, $first: Int = 10) {
  needs(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id
        title
        expiresAt
        coop {
          name
          slug
        }
        categories {
          code
          name
        }
        area {
          anywhere
          radiusKm
          place {
            name
          }
        }
      }
    }
  }
}
`,
  variables: `{
  "first": 10
}
`,
};

export const EXAMPLE_OPERATIONS: ExampleOperation[] = [SEARCH_EXAMPLE, OPEN_NEEDS_EXAMPLE];
