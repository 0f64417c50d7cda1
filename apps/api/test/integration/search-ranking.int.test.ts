import { STOP_LEXEMES_SQL, STOP_WORDS } from '../../src/language/stop-words';
import { startTestApi, type TestApi } from './support/test-api';
import { postNeed, postOffer } from './support/postings';
import { createCoop, signUp, validCoopInput } from './support/scenarios';
import type { TestClient } from './support/test-client';

const SEARCH = `query ($input: CoopSearchInput!, $first: Int, $after: String) {
  search(input: $input, first: $first, after: $after) {
    totalCount matchedAllWords allWordsCount droppedWords alternatives { kind text }
    pageInfo { hasNextPage endCursor }
    edges { score node { name } missingWords relatedMatches { typed matched } }
    errors { code field message }
  }
}`;

const UPDATE = `mutation ($id: ID!, $input: CoopInput!) { updateCoop(id: $id, input: $input) { coop { id } errors { message } } }`;

let api: TestApi;
let owner: TestClient;
let visitor: TestClient;
const ids = new Map<string, string>();

const PROFILES = [
  { name: 'Three Fields', provides: 'An organic market garden: our veg box goes out every Friday.' },
  { name: 'Round the Houses', provides: 'A weekly veg box of local produce, delivered by cargo bike.' },
  { name: 'Greenleaf Grocers', provides: 'Organic dried goods and household supplies, sold loose.' },
  { name: 'Solid Roots', provides: 'Vegbox deliveries across the valley.' },
  { name: 'Hyphen Growers', provides: 'A veg-box scheme for the town.' },
  { name: 'Spoke Works', provides: 'Bike repairs, servicing and second-hand bikes.' },
  { name: 'Two Wheels', provides: 'Bicycle repairs while you wait.' },
  { name: 'Quire Press', provides: 'Printing and binding of booklets and zines.' },
];

async function search(input: Record<string, unknown>, first = 20, after: string | null = null) {
  const { search } = await visitor.data(SEARCH, { input, first, after });
  expect(search.errors).toEqual([]);
  return search;
}
const names = (result: { edges: { node: { name: string } }[] }) => result.edges.map((e) => e.node.name);

beforeAll(async () => {
  api = await startTestApi();
  owner = api.client();
  visitor = api.client();
  await signUp(owner, 'Ranker');
  for (const profile of PROFILES) {
    const coop = await createCoop(owner, {
      ...profile,
      placeName: 'Leeds',
      postcode: null,
      categoryCodes: ['96'],
      whyBuy: 'Owned by the people who work here.',
      wantToTalkTo: 'Neighbours and friends.',
    });
    ids.set(profile.name, coop.id);
  }
});
afterAll(() => api.close());

describe('relaxation', () => {
  it('puts co-ops with every word first, then those with most of them, and names the words they lack', async () => {
    const result = await search({ text: 'organic veg box' });
    expect(names(result)[0]).toBe('Three Fields');
    expect(result.allWordsCount).toBe(1);
    expect(result.matchedAllWords).toBe(true);
    const rest = result.edges.slice(1);
    // Holding two of the three words ranks above holding one.
    const twoWords = rest.findIndex((e: { node: { name: string } }) => e.node.name === 'Round the Houses');
    const oneWord = rest.findIndex((e: { node: { name: string } }) => e.node.name === 'Greenleaf Grocers');
    expect(twoWords).toBeGreaterThanOrEqual(0);
    expect(oneWord).toBeGreaterThan(twoWords);
    expect(rest[twoWords].missingWords).toEqual(['organic']);
    expect(rest[oneWord].missingWords).toEqual(['veg', 'box']);
    expect(result.edges[0].missingWords).toEqual([]);
    expect(result.droppedWords).toEqual(['organic', 'veg', 'box']);
  });

  it('says when no co-op holds every word', async () => {
    const result = await search({ text: 'organic bike' });
    expect(result.allWordsCount).toBe(0);
    expect(result.matchedAllWords).toBe(false);
    expect(result.totalCount).toBeGreaterThan(0);
    expect(result.droppedWords.length).toBeGreaterThan(0);
  });
});

describe('word forms', () => {
  it('finds a compound however it is written: solid, hyphenated or as two words', async () => {
    for (const text of ['vegbox', 'veg-box', 'veg box']) {
      const found = names(await search({ text }));
      expect({ text, found: found.filter((n) => ['Solid Roots', 'Hyphen Growers', 'Round the Houses'].includes(n)).sort() }).toEqual({
        text,
        found: ['Hyphen Growers', 'Round the Houses', 'Solid Roots'],
      });
    }
  });
});

describe('related words', () => {
  it('finds a synonym, ranks it below the word as typed, and says which word matched', async () => {
    const result = await search({ text: 'bike repairs' });
    const found = names(result);
    expect(found.indexOf('Spoke Works')).toBe(0);
    const related = result.edges.find((e: { node: { name: string } }) => e.node.name === 'Two Wheels');
    expect(related).toBeDefined();
    expect(related.relatedMatches).toEqual([{ typed: 'bike', matched: 'bicycle' }]);
    expect(related.missingWords).toEqual([]);
    expect(related.score).toBeLessThan(result.edges[0].score);
  });
});

describe('stop words', () => {
  it('leaves the words of asking out of a search', async () => {
    const plain = names(await search({ text: 'printing' }));
    expect(plain).toEqual(['Quire Press']);
    const asked = await search({ text: 'need a co-op for printing please' });
    expect(names(asked)).toEqual(plain);
    expect(asked.matchedAllWords).toBe(true);
  });

  it('still searches stop words when they are all there is', async () => {
    const result = await search({ text: 'co-op' });
    expect(result.errors).toEqual([]);
  });

  it('leaves them, and numbers alone, out of what matching looks for', async () => {
    const [row] = await api.db.$queryRaw<{ q: string }[]>`
      SELECT match_query(setweight(to_tsvector('p6_search', 'We need a co-op printer for 000 leaflets'), 'A'), ${STOP_LEXEMES_SQL})::text AS q`;
    expect(row!.q.split(' | ').sort()).toEqual(["'leaflet'", "'printer'"]);
    expect(STOP_WORDS).toContain('need');
  });
});

describe('did you mean', () => {
  it('offers the corrected words, as profiles write them, for a misspelt word', async () => {
    const result = await search({ text: 'printnig' });
    expect(names(result)).toEqual(['Quire Press']);
    expect(result.alternatives).toContainEqual({ kind: 'DID_YOU_MEAN', text: 'printing' });
  });

  it('offers nothing for words spelt right and found', async () => {
    expect((await search({ text: 'printing' })).alternatives).toEqual([]);
  });
});

describe('needs and offers for the same words', () => {
  const NEEDS = `query ($filter: PostingFilter!) {
    needs(filter: $filter, first: 5) { totalCount edges { node { title } } }
    offers(filter: $filter, first: 5) { totalCount }
  }`;

  it('are found the way search reads the words: stop words out, compounds joined', async () => {
    const coop = await createCoop(owner, { name: 'Asking Co-op', placeName: 'Leeds', postcode: null, categoryCodes: ['96'] });
    await postNeed(owner, coop.id, { title: 'Vegbox for our staff canteen', description: 'A weekly box of local vegetables for thirty people.' });
    await postOffer(owner, coop.id, { title: 'Cargo bike deliveries', description: 'Deliveries across the city by cargo bike, same day.' });
    const { needs, offers } = await visitor.data(NEEDS, { filter: { text: 'we need a veg box please' } });
    expect(needs.totalCount).toBe(1);
    expect(needs.edges[0].node.title).toBe('Vegbox for our staff canteen');
    expect(offers.totalCount).toBe(0);
    const bikes = await visitor.data(NEEDS, { filter: { text: 'bike deliveries' } });
    expect(bikes.offers.totalCount).toBe(1);
    expect(bikes.needs.totalCount).toBe(0);
  });
});

describe('word counts for ranking', () => {
  const recount = async () => {
    const kept = await api.db.$queryRaw<{ term: string; coops: number }[]>`
      SELECT term, sum(coops)::int AS coops FROM search_term_counts GROUP BY term HAVING sum(coops) <> 0 ORDER BY term`;
    const actual = await api.db.$queryRaw<{ term: string; coops: number }[]>`
      SELECT t AS term, count(*)::int AS coops FROM coops, unnest(tsvector_to_array(search_document)) t GROUP BY t ORDER BY t`;
    const [corpus] = await api.db.$queryRaw<{ kept: number; actual: number; keptLength: number; actualLength: number }[]>`
      SELECT (SELECT sum(coops) FROM search_corpus_counts)::int AS kept,
             (SELECT count(search_document) FROM coops)::int AS actual,
             (SELECT sum(lexemes) FROM search_corpus_counts)::int AS "keptLength",
             (SELECT sum(length(search_document)) FROM coops)::int AS "actualLength"`;
    return { kept, actual, corpus: corpus! };
  };

  it('stay equal to a recount after co-ops are added and changed, and after they are folded together', async () => {
    await createCoop(owner, { name: 'Late Joiner', provides: 'Zines and risograph printing.', placeName: 'York', postcode: null, categoryCodes: ['96'] });
    const edited = await owner.data(UPDATE, {
      id: ids.get('Quire Press'),
      input: validCoopInput({
        name: 'Quire Press',
        provides: 'Letterpress posters and wedding stationery.',
        placeName: 'Leeds',
        postcode: null,
        categoryCodes: ['96'],
        whyBuy: 'Owned by the people who work here.',
        wantToTalkTo: 'Neighbours and friends.',
      }),
    });
    expect(edited.updateCoop.errors).toEqual([]);
    let counts = await recount();
    expect(counts.kept).toEqual(counts.actual);
    expect(counts.corpus.kept).toBe(counts.corpus.actual);
    expect(counts.corpus.keptLength).toBe(counts.corpus.actualLength);
    // The words the edit removed are counted out: "binding" is in no profile now.
    expect(counts.kept.find((r) => r.term === 'bind')).toBeUndefined();

    await api.db.$executeRaw`SELECT compact_search_counts()`;
    counts = await recount();
    expect(counts.kept).toEqual(counts.actual);
    const [rows] = await api.db.$queryRaw<{ extra: number }[]>`
      SELECT count(*)::int - count(DISTINCT term)::int AS extra FROM search_term_counts`;
    expect(rows!.extra).toBe(0);
  });
});

describe('related words learned from profiles', () => {
  it('learns words that keep company in profiles, and search uses them below the word itself', async () => {
    const bakers = [
      ['Otley Crumb', 'Sourdough from our kiln, rye on Saturdays.'],
      ['Ilkley Rise', 'Spelt sourdough, fired in a brick kiln.'],
      ['Skipton Proof', 'Our kiln bakes sourdough at dawn.'],
      ['Keighley Starter', 'Kiln-baked sourdough and kiln classes.'],
    ];
    for (const [name, provides] of bakers) {
      await createCoop(owner, {
        name,
        provides,
        placeName: 'Leeds',
        postcode: null,
        categoryCodes: ['96'],
        whyBuy: 'Owned by the people who work here.',
        wantToTalkTo: 'Neighbours and friends.',
      });
    }
    await createCoop(owner, {
      name: 'Clay Oven Collective',
      provides: 'We fire a kiln every week and share it.',
      placeName: 'Leeds',
      postcode: null,
      categoryCodes: ['96'],
      whyBuy: 'Owned by the people who work here.',
      wantToTalkTo: 'Neighbours and friends.',
    });
    expect(await api.services.search.learnRelatedWords()).toBeGreaterThan(0);
    const [pair] = await api.db.$queryRaw<{ word: string; source: string }[]>`
      SELECT word, source FROM related_terms WHERE term = 'sourdough' AND related = 'kiln'`;
    expect(pair).toEqual({ word: 'kiln', source: 'profiles' });

    const result = await search({ text: 'sourdough' });
    const found = names(result);
    const related = result.edges.find((e: { node: { name: string } }) => e.node.name === 'Clay Oven Collective');
    expect(related?.relatedMatches).toEqual([{ typed: 'sourdough', matched: 'kiln' }]);
    // Every co-op holding the word itself ranks above the one holding only a related word.
    expect(found.indexOf('Clay Oven Collective')).toBe(4);

    // Learning again replaces what was learned, rather than adding to it.
    const before = await api.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM related_terms`;
    await api.services.search.learnRelatedWords();
    expect(await api.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM related_terms`).toEqual(before);
  });
});

describe('facet counts', () => {
  const FACETS = `query ($input: CoopSearchInput!) { search(input: $input) { facets { coopTypes { value count } } } }`;
  const UPDATE_TYPE = `mutation ($id: ID!, $input: CoopInput!) { updateCoop(id: $id, input: $input) { errors { message } } }`;
  const types = async (text: string) => {
    const { search } = await visitor.data(FACETS, { input: { text } });
    return Object.fromEntries(search.facets.coopTypes.map((f: { value: string; count: number }) => [f.value, f.count]));
  };

  it('are fresh after a write, even one that changes no search words', async () => {
    const before = await types('lantern');
    expect(before).toEqual({});
    const coop = await createCoop(owner, { name: 'Lantern Makers', provides: 'Paper lanterns for festivals.', placeName: 'York', postcode: null, categoryCodes: ['96'] });
    expect(await types('lantern')).toEqual({ WORKER: 1 });
    expect(await types('lantern')).toEqual({ WORKER: 1 }); // asked again: the same counts
    const changed = await owner.data(UPDATE_TYPE, {
      id: coop.id,
      input: validCoopInput({ name: 'Lantern Makers', provides: 'Paper lanterns for festivals.', placeName: 'York', postcode: null, categoryCodes: ['96'], coopType: 'CONSUMER' }),
    });
    expect(changed.updateCoop.errors).toEqual([]);
    expect(await types('lantern')).toEqual({ CONSUMER: 1 });
  });
});
