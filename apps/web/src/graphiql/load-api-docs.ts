import { buildSchema, type GraphQLSchema } from 'graphql';
import type { ApiLimits } from './api-limits';

export interface ApiDocs {
  schema: GraphQLSchema;
  limits: ApiLimits;
}

/**
 * The schema and limits the API publishes for this page (apps/api/src/http/graphiql.ts). The
 * schema comes as SDL, descriptions and all: introspection is off in production, and GraphiQL,
 * given a schema, never sends an introspection query.
 */
export async function loadApiDocs(): Promise<ApiDocs> {
  const [sdl, limits] = await Promise.all([
    fetchOk('/graphiql/schema.graphql').then((res) => res.text()),
    fetchOk('/graphiql/limits.json').then((res) => res.json() as Promise<ApiLimits>),
  ]);
  return { schema: buildSchema(sdl), limits };
}

async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res;
}
