import { buildSchema, parse, validate } from 'graphql';
import { typeDefs } from '@principle-six/schema/sdl';
import { EXAMPLE_OPERATIONS, OPEN_NEEDS_EXAMPLE, SEARCH_EXAMPLE } from './example-operations';

// The examples are the first thing a developer runs: they must stay valid as the schema changes.
// (apps/api/test/integration/graphiql.int.test.ts runs them against the API, limits and all.)
const schema = buildSchema(typeDefs.join('\n'));

describe('the documentation page examples', () => {
  it.each(EXAMPLE_OPERATIONS.map((example) => [example.query.match(/query (\w+)/)?.[1], example]))('%s is valid against the schema', (_name, example) => {
    expect(validate(schema, parse(example.query)).map((error) => error.message)).toEqual([]);
    if (example.variables) expect(() => JSON.parse(example.variables!)).not.toThrow();
  });

  it('search co-ops and read open needs', () => {
    expect(SEARCH_EXAMPLE.query).toMatch(/^\s*search\(input: \{ text: "printing" \}/m);
    expect(OPEN_NEEDS_EXAMPLE.query).toMatch(/^\s*needs\(/m);
  });
});
