import { startTestApi, type TestApi } from './support/test-api';
import { createCoop, signUp } from './support/scenarios';
import type { TestClient } from './support/test-client';

const SEARCH = `query ($input: CoopSearchInput!, $first: Int, $after: String) {
  search(input: $input, first: $first, after: $after) {
    totalCount totalCountIsLowerBound matchedAllWords
    near { label latitude longitude }
    pageInfo { hasNextPage endCursor }
    edges { cursor score distanceKm node { name slug } snippet { text highlighted } matchedCategories { code } }
    errors { code field message }
  }
}`;

const FACETS = `query ($input: CoopSearchInput!) {
  search(input: $input) {
    totalCount
    facets {
      categories { category { code level } count }
      coopTypes { value label count }
      countries { value count }
      regions { value count }
    }
  }
}`;

let api: TestApi;
let owner: TestClient;
let visitor: TestClient;

const PROFILES = [
  { name: 'Calder Valley Print Co-op', placeName: 'Hebden Bridge', postcode: null },
  {
    name: 'Leeds Ledger Co-op',
    placeName: 'Leeds',
    postcode: null,
    provides: 'Payroll and annual returns for co-operatives, charities and community groups.',
    categoryCodes: ['69'],
  },
  {
    name: 'Wakefield Numbers',
    placeName: 'Wakefield',
    postcode: null,
    provides: 'Keeping the books straight for small firms, every month.',
    categoryCodes: ['69202'],
    coopType: 'PRODUCER',
  },
  {
    name: 'York Audit Collective',
    placeName: 'York',
    postcode: null,
    provides: 'Independent examination of accounts for societies and charities.',
    categoryCodes: ['69201'],
  },
  {
    name: 'Café Solidarité',
    placeName: 'Manchester',
    postcode: null,
    provides: 'A vegan café that caters for meetings, conferences and events.',
    categoryCodes: ['56'],
    coopType: 'CONSUMER',
  },
  {
    name: 'Edinburgh Printworks',
    placeName: 'Edinburgh',
    postcode: null,
    provides: 'Screen printed t-shirts, tote bags and posters for bands and campaigns.',
    categoryCodes: ['18'],
  },
  {
    name: 'Dublin Design Co-op',
    placeName: 'Dublin',
    countryCode: 'IE',
    postcode: null,
    provides: 'Graphic design and illustration for print and the web.',
    categoryCodes: ['74'],
  },
];

async function search(input: Record<string, unknown>, first = 20, after: string | null = null) {
  const { search } = await visitor.data(SEARCH, { input, first, after });
  return search;
}
const names = (result: { edges: { node: { name: string } }[] }) => result.edges.map((e) => e.node.name);

beforeAll(async () => {
  api = await startTestApi();
  owner = api.client();
  visitor = api.client();
  await signUp(owner, 'Searcher');
  for (const profile of PROFILES) await createCoop(owner, profile);
});
afterAll(() => api.close());

describe('search by what co-ops provide', () => {
  it('finds a co-op through its category when its own words differ (bookkeeping → 69202)', async () => {
    const result = await search({ text: 'bookkeeping' });
    expect(names(result)).toEqual(['Wakefield Numbers']);
    expect(result.edges[0].matchedCategories.map((c: { code: string }) => c.code)).toContain('69202');
  });

  it('finds every co-op under a division by the division’s words (accounting → 69)', async () => {
    const result = await search({ text: 'accounting' });
    expect(names(result).sort()).toEqual(['Leeds Ledger Co-op', 'Wakefield Numbers', 'York Audit Collective']);
  });

  it('ranks what they provide above a passing mention, and highlights the words', async () => {
    const result = await search({ text: 'printing' });
    expect(names(result).slice(0, 2).sort()).toEqual(['Calder Valley Print Co-op', 'Edinburgh Printworks']);
    const highlighted = result.edges[0].snippet.filter((s: { highlighted: boolean }) => s.highlighted);
    expect(highlighted.length).toBeGreaterThan(0);
    expect(highlighted[0].text.toLowerCase()).toMatch(/^print/);
  });

  it('finds "printers" where profiles say "printing" and "printed"', async () => {
    expect(names(await search({ text: 'printers' }))).toEqual(
      expect.arrayContaining(['Calder Valley Print Co-op', 'Edinburgh Printworks']),
    );
  });

  it('forgives a typo', async () => {
    expect(names(await search({ text: 'bookeeping' }))).toEqual(['Wakefield Numbers']);
    expect(names(await search({ text: 'vegann catering' }))).toEqual(['Café Solidarité']);
  });

  it('ignores accents both ways', async () => {
    expect(names(await search({ text: 'cafe solidarite' }))).toEqual(['Café Solidarité']);
    expect(names(await search({ text: 'CAFÉ' }))).toEqual(['Café Solidarité']);
  });

  it('falls back to co-ops matching some of the words, and says so', async () => {
    const result = await search({ text: 'vegan accountants' });
    expect(result.matchedAllWords).toBe(false);
    expect(names(result)).toEqual(expect.arrayContaining(['Café Solidarité', 'York Audit Collective']));
  });
});

describe('distance', () => {
  it('keeps to the radius, the edge included, nearest first when asked', async () => {
    const wide = await search({ text: 'accounts', near: { place: 'Leeds', radiusKm: 100 }, sort: 'DISTANCE' });
    expect(wide.near.label).toBe('Leeds, United Kingdom');
    const distances = wide.edges.map((e: { distanceKm: number }) => e.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const york = wide.edges.find((e: { node: { name: string } }) => e.node.name === 'York Audit Collective');
    expect(york.distanceKm).toBeGreaterThan(25);
    expect(york.distanceKm).toBeLessThan(45);

    const inside = await search({ near: { place: 'Leeds', radiusKm: york.distanceKm + 0.01 } });
    const outside = await search({ near: { place: 'Leeds', radiusKm: york.distanceKm - 0.01 } });
    expect(names(inside)).toContain('York Audit Collective');
    expect(names(outside)).not.toContain('York Audit Collective');
    expect(names(outside)).toEqual(expect.arrayContaining(['Leeds Ledger Co-op', 'Wakefield Numbers']));
  });

  it('says clearly when it cannot find the place', async () => {
    const result = await search({ near: { place: 'Nowhere-on-Zzyzx', radiusKm: 10 } });
    expect(result.errors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: 'near.place' })]);
    expect(result.edges).toEqual([]);
  });
});

describe('facets', () => {
  it('count what each filter value would give, and add up to the total', async () => {
    const { search: all } = await visitor.data(FACETS, { input: {} });
    const sum = (values: { count: number }[]) => values.reduce((n, v) => n + v.count, 0);
    expect(all.totalCount).toBe(PROFILES.length);
    expect(sum(all.facets.coopTypes)).toBe(all.totalCount);
    expect(sum(all.facets.countries)).toBe(all.totalCount);
    const sections = all.facets.categories.filter((c: { category: { level: string } }) => c.category.level === 'SECTION');
    expect(sum(sections)).toBe(all.totalCount); // each profile here is filed in one section
    expect(all.facets.countries).toEqual(expect.arrayContaining([{ value: 'IE', count: 1 }]));
    expect(all.facets.regions).toEqual(expect.arrayContaining([{ value: 'Scotland', count: 1 }]));

    // Choosing a value gives what its count promised, and its own facet still shows the others.
    const worker = all.facets.coopTypes.find((t: { value: string }) => t.value === 'WORKER');
    const { search: workers } = await visitor.data(FACETS, { input: { coopTypes: ['WORKER'] } });
    expect(workers.totalCount).toBe(worker.count);
    expect(workers.facets.coopTypes).toEqual(all.facets.coopTypes);
    const m = all.facets.categories.find((c: { category: { code: string } }) => c.category.code === 'M');
    expect((await search({ categoryCodes: ['M'] })).totalCount).toBe(m.count);
  });
});

describe('paging', () => {
  it('lists every co-op newest first for an empty search, a page at a time', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await search({ text: '   ' }, 3, after);
      seen.push(...names(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([...PROFILES].reverse().map((p) => p.name));
  });

  it('keeps cursor pages stable while co-ops are added', async () => {
    const before = names(await search({ text: 'accounts' }, 50));
    expect(before.length).toBeGreaterThan(2);
    const first = await search({ text: 'accounts' }, 1);
    await createCoop(owner, { name: 'Newcomer Accounts', provides: 'Accounts, accounts and more accounts.', categoryCodes: ['69'] });
    const rest: string[] = [];
    let after = first.pageInfo.endCursor;
    for (;;) {
      const page = await search({ text: 'accounts' }, 1, after);
      rest.push(...names(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(rest).not.toContain(names(first)[0]);
    expect(new Set(rest).size).toBe(rest.length);
    // Each earlier match is seen exactly once across the pages; the newcomer ranks where it ranks.
    expect([names(first)[0], ...rest.filter((n) => n !== 'Newcomer Accounts')].sort()).toEqual([...before].sort());
  });

  it('refuses a cursor from another sort or a forged one', async () => {
    const page = await search({ text: 'accounts' }, 1);
    const other = await search({ text: 'accounts', sort: 'NEWEST' }, 1, page.pageInfo.endCursor);
    expect(other.errors[0]).toMatchObject({ field: 'after' });
    expect((await search({}, 1, 'bm9wZQ')).errors[0]).toMatchObject({ field: 'after' });
  });
});

describe('hostile and odd input', () => {
  it.each([
    ["'; DROP TABLE coops; --"],
    ['print & !design | (('],
    ['<script>alert(1)</script>'],
    ["o'brien \\ back\\slash :* !"],
    ['print\u0000ing\u0007 \u001b[31m'],
  ])('answers %j safely', async (text) => {
    const result = await search({ text });
    expect(result.errors).toEqual([]);
    expect(await api.db.coop.count()).toBeGreaterThanOrEqual(PROFILES.length);
  });

  it('refuses 10 KB of text with a message for the field', async () => {
    const result = await search({ text: 'print '.repeat(1700) });
    expect(result.errors).toEqual([expect.objectContaining({ field: 'text', message: expect.stringMatching(/200 characters/) })]);
  });

  it('refuses unknown categories, a radius out of range and distance order without a place', async () => {
    expect((await search({ categoryCodes: ['ZZ'] })).errors[0]).toMatchObject({ field: 'categoryCodes.0' });
    expect((await search({ near: { place: 'Leeds', radiusKm: -5 } })).errors[0]).toMatchObject({ field: 'near.radiusKm' });
    expect((await search({ sort: 'DISTANCE' })).errors[0]).toMatchObject({ field: 'sort' });
    expect((await search({}, 500)).errors[0]).toMatchObject({ field: 'first' });
  });
});

describe('suggestions', () => {
  it('offers categories, places and co-op names for what has been typed', async () => {
    const { searchSuggestions } = await visitor.data(
      `query ($p: String!) { searchSuggestions(prefix: $p, limit: 9) { kind label value detail } }`,
      { p: 'book' },
    );
    expect(searchSuggestions).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'CATEGORY', value: '69202' })]));
    const { searchSuggestions: places } = await visitor.data(
      `query ($p: String!) { searchSuggestions(prefix: $p) { kind label value } }`,
      { p: 'Leed' },
    );
    expect(places).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'PLACE', value: 'Leeds, GB' })]));
    const { searchSuggestions: coops } = await visitor.data(
      `query ($p: String!) { searchSuggestions(prefix: $p) { kind label value } }`,
      { p: 'printw' },
    );
    expect(coops).toEqual([expect.objectContaining({ kind: 'COOP', label: 'Edinburgh Printworks' })]);
  });
});
