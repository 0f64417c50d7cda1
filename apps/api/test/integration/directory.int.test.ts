import { seedDemoData } from '@principle-six/db';
import { startTestApi, type TestApi } from './support/test-api';

const PAGE = `query ($first: Int!, $after: String) {
  coops(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name slug place { name countryName } categories { code name } } }
  }
}`;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await seedDemoData(api.db, { count: 45 });
});
afterAll(() => api.close());

describe('the directory', () => {
  it('walks every co-op exactly once, in name order, a page at a time', async () => {
    const client = api.client();
    const seen: { id: string; name: string }[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { coops }: any = await client.data(PAGE, { first: 10, after });
      pages += 1;
      expect(coops.totalCount).toBe(45);
      seen.push(...coops.edges.map((e: { node: { id: string; name: string } }) => e.node));
      if (!coops.pageInfo.hasNextPage) break;
      after = coops.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(new Set(seen.map((c) => c.id)).size).toBe(45);
    const names = seen.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('seeds demo data once: a second run adds nothing', async () => {
    expect(await seedDemoData(api.db, { count: 45 })).toEqual({ created: 0 });
    expect(await api.db.coop.count()).toBe(45);
  });

  it('answers a bad page size or a forged cursor with a clear error', async () => {
    const client = api.client();
    const tooMany = await client.request(PAGE, { first: 1000 });
    expect(tooMany.errors?.[0]).toMatchObject({
      message: 'Ask for 1 to 100 co-ops at a time.',
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
    const forged = await client.request(PAGE, { first: 5, after: "'; DROP TABLE coops; --" });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('finds a co-op by its slug, and answers an unknown slug with null', async () => {
    const client = api.client();
    const { coops } = await client.data(PAGE, { first: 1 });
    const slug = coops.edges[0].node.slug;
    const found = await client.data(`query ($slug: String!) { coop(slug: $slug) { slug isDemo } }`, { slug });
    expect(found.coop).toEqual({ slug, isDemo: true });
    expect((await client.data(`{ coop(slug: "no-such-co-op") { id } }`)).coop).toBeNull();
  });

  it('serves the taxonomy: 21 sections, 88 divisions, each division under its section', async () => {
    const { categories } = await api.client().data(`{ categories { code level parent { code } icaActivity } }`);
    expect(categories.filter((c: { level: string }) => c.level === 'SECTION')).toHaveLength(21);
    const divisions = categories.filter((c: { level: string }) => c.level === 'DIVISION');
    expect(divisions).toHaveLength(88);
    expect(divisions.find((d: { code: string }) => d.code === '18')).toEqual({
      code: '18',
      level: 'DIVISION',
      parent: { code: 'C' },
      icaActivity: 'Manufacturing',
    });
  });
});
