import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSchema, isObjectType, printSchema } from 'graphql';
import { EXAMPLE_OPERATIONS } from '../../../web/src/graphiql/example-operations';
import { OPERATION_LIMITS } from '../../src/graphql/limits/operation-limits';
import { buildSchema as buildServerSchema } from '../../src/graphql/schema';
import type { apiLimits } from '../../src/http/graphiql';
import { POLICIES, ROUTE_POLICIES, blockSeconds } from '../../src/rate-limits/policies';
import { postNeed } from './support/postings';
import { createCoop, signUp } from './support/scenarios';
import { startTestApi, type TestApi } from './support/test-api';

// The API documentation page (/graphiql) in production mode: it gets the schema as a static file
// and the limits from the tables the server enforces, while introspection stays refused.

const PAGE = (title: string) => `<!doctype html><html lang="en-GB"><head><title>${title}</title></head><body><div id="root"></div></body></html>`;

let api: TestApi;
let base: string;
let dist: string;

beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'p6-graphiql-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), PAGE('Principle Six'));
  writeFileSync(path.join(dist, 'graphiql.html'), PAGE('Principle Six API'));
  api = await startTestApi('postgres', { server: { production: true, webDist: dist } });
  base = api.endpoint.replace(/\/graphql$/, '');
  // Something for the examples to find: a printing co-op with an open need.
  const owner = api.client();
  await signUp(owner, 'Docs');
  const coop = await createCoop(owner);
  await postNeed(owner, coop.id);
});
afterAll(async () => {
  await api.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('/graphiql/schema.graphql', () => {
  it('is the SDL of the schema the server runs, descriptions and all, cached for an hour', async () => {
    const res = await fetch(`${base}/graphiql/schema.graphql`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const sdl = await res.text();
    expect(sdl.trim()).toBe(printSchema(buildServerSchema()).trim());

    const schema = buildSchema(sdl);
    const search = schema.getQueryType()!.getFields().search!;
    expect(search.description).toMatch(/Co-ops by what they provide/);
    expect(schema.getQueryType()!.getFields().needs!.description).toMatch(/public/);
    expect(schema.getType('CoopSearchInput')!.description).toMatch(/What to look for/);
    const described = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__') && type.description);
    expect(described.length).toBeGreaterThan(50);
    // Fields of a type say what they mean, too.
    const coop = schema.getType('Coop');
    expect(isObjectType(coop) && coop.getFields().slug!.description).toMatch(/URLs/);
  });
});

describe('/graphiql/limits.json', () => {
  it('publishes the operation limits and rate limits the server enforces', async () => {
    const res = await fetch(`${base}/graphiql/limits.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    const limits = (await res.json()) as ReturnType<typeof apiLimits>;
    expect(limits.operation).toEqual(OPERATION_LIMITS);
    expect(limits.oncePerOperation).toEqual(expect.arrayContaining(['signIn', 'signUp']));
    expect(limits.rateLimits.mutations).toEqual(JSON.parse(JSON.stringify(POLICIES)));
    expect(limits.rateLimits.routes).toEqual(JSON.parse(JSON.stringify(ROUTE_POLICIES)));
    // Blocks run from the first strike's length to the longest any strike gets.
    expect(limits.rateLimits.failureBlockSeconds).toEqual({ first: blockSeconds(1), longest: blockSeconds(1_000) });
  });
});

describe('/graphiql', () => {
  it('is the documentation page of the build, not the app, revalidated on every visit', async () => {
    const res = await fetch(`${base}/graphiql`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('<title>Principle Six API</title>');
    // The app's pages are still the app's, and a path below /graphiql is none of its pages.
    expect(await (await fetch(`${base}/needs`)).text()).toContain('<title>Principle Six</title>');
    expect((await fetch(`${base}/graphiql/nothing-here`)).status).toBe(404);
  });

  it('runs its examples in production, within every limit', async () => {
    const visitor = api.client();
    for (const example of EXAMPLE_OPERATIONS) {
      const result = await visitor.request(example.query, example.variables ? JSON.parse(example.variables) : undefined);
      expect({ errors: result.errors, status: result.status }).toEqual({ errors: undefined, status: 200 });
    }
    const search = await visitor.request(EXAMPLE_OPERATIONS[0]!.query);
    expect(search.data.search.edges.map((edge: { node: { name: string } }) => edge.node.name)).toContain('Calder Valley Print Co-op');
    const needs = await visitor.request(EXAMPLE_OPERATIONS[1]!.query, JSON.parse(EXAMPLE_OPERATIONS[1]!.variables!));
    expect(needs.data.needs.totalCount).toBeGreaterThan(0);
  });
});

describe('introspection', () => {
  it('stays refused in production: the page does not need it', async () => {
    const visitor = api.client();
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Query") { name } }']) {
      const result = await visitor.request(query);
      expect(result.errors?.[0]?.message).toMatch(/introspection/i);
    }
  });
});
