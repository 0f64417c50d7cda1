import { createPrismaClient, generateSyntheticCoops, Prisma, type Database } from '@principle-six/db';
import { gazetteer } from '@principle-six/gazetteer';
import { queryWithIndexes } from '../../src/modules/search/run-search-query';
import { facetsQuery } from '../../src/modules/search/search-facets';
import { matchesQuery } from '../../src/modules/search/ranking';
import { walkedMatches } from '../../src/modules/search/table-walk';
import { SearchService } from '../../src/modules/search/search.service';
import { createDatabaseFromTemplate, databaseUrl, dropDatabase } from './support/postgres';

/**
 * The search SQL must let PostgreSQL use its indexes: a plan that scans every co-op is fast on
 * the demo data and collapses at a million. These read the plans PostgreSQL chooses on enough
 * synthetic co-ops (analysed) for an index to beat a scan, and say which indexes they use.
 */
const COOPS = 30_000;

let name: string;
let db: Database;
let search: SearchService;

beforeAll(async () => {
  name = await createDatabaseFromTemplate(process.env.P6_TEST_TEMPLATE!);
  db = createPrismaClient(databaseUrl(name), { maxConnections: 2 });
  await generateSyntheticCoops(db, { count: COOPS, places: gazetteer.largest(2_000) });
  search = new SearchService(db);
}, 300_000);

afterAll(async () => {
  await db?.$disconnect();
  if (name) await dropDatabase(name);
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

async function explain(sql: Prisma.Sql): Promise<{ indexes: string[]; seqScans: string[] }> {
  // Planned as the app runs it (see queryWithIndexes).
  const [row] = await queryWithIndexes<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(db, Prisma.sql`EXPLAIN (FORMAT JSON) ${sql}`);
  const all = nodes(row!["QUERY PLAN"][0].Plan);
  return {
    indexes: [...new Set(all.flatMap((n) => (n['Index Name'] ? [n['Index Name']] : [])))].sort(),
    seqScans: all.filter((n) => n['Node Type'] === 'Seq Scan').map((n) => n['Relation Name']!),
  };
}

async function planFor(input: Record<string, unknown>) {
  const planned = await search.plan(input);
  if (!planned.ok) throw new Error(JSON.stringify(planned.errors));
  return planned.value;
}

describe('search query plans on 30,000 co-ops', () => {
  it('the data is there and analysed', async () => {
    const [stats] = await db.$queryRaw<{ rows: number; analysed: boolean }[]>`
      SELECT reltuples::int AS rows, (SELECT last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL
                                        FROM pg_stat_user_tables WHERE relname = 'coops') AS analysed
        FROM pg_class WHERE relname = 'coops'`;
    expect(stats!.rows).toBeGreaterThanOrEqual(COOPS * 0.9);
    expect(stats!.analysed).toBe(true);
  });

  it('finds words through the full-text index, without scanning co-ops', async () => {
    const { plan, sort } = await planFor({ text: 'bookkeeping' });
    const { indexes, seqScans } = await explain(matchesQuery(plan, sort, null, 20));
    expect(indexes).toContain('coops_search_document_idx');
    expect(seqScans).not.toContain('coops');
  });

  it('filters a category through the category index', async () => {
    const { plan, sort } = await planFor({ categoryCodes: ['69202'] });
    const { indexes, seqScans } = await explain(matchesQuery(plan, sort, null, 20));
    expect(indexes).toContain('coops_category_paths_idx');
    expect(seqScans).not.toContain('coops');
  });

  it('finds co-ops within a radius through the location index, by relevance and nearest first', async () => {
    const byRelevance = await planFor({ text: 'catering', near: { place: 'London, GB', radiusKm: 25 } });
    const nearest = await planFor({ near: { place: 'London, GB', radiusKm: 25 }, sort: 'DISTANCE' });
    for (const { plan, sort } of [byRelevance, nearest]) {
      const { indexes, seqScans } = await explain(matchesQuery(plan, sort, null, 20));
      expect(indexes).toContain('coops_location_idx');
      expect(seqScans).not.toContain('coops');
    }
  });

  it('counts facets from index scans too', async () => {
    const { plan } = await planFor({ text: 'bookkeeping', categoryCodes: ['69'] });
    const { indexes, seqScans } = await explain(facetsQuery(plan));
    expect(indexes).toContain('coops_search_document_idx');
    expect(seqScans).not.toContain('coops');
  });

  describe('walking the table to a common word (table-walk.ts)', () => {
    const idsOf = (sql: Prisma.Sql) => queryWithIndexes<{ id: string }>(db, Prisma.sql`SELECT id FROM ${sql} w`);
    const holding = async (ids: string[], query: string, coopType?: string) => {
      const [row] = await db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM coops c
         WHERE c.id = ANY (${ids}::uuid[]) AND c.search_document @@ ${query}::tsquery
           AND (${coopType ?? null}::text IS NULL OR c.coop_type::text = ${coopType ?? null})`;
      return row!.n;
    };

    it('reads the table in order, not the index, and finds only co-ops holding the word', async () => {
      const { plan } = await planFor({ text: 'printing' });
      const walk = walkedMatches(plan, plan.groups[0]!, plan.query!, 20);
      expect(walk).not.toBeNull();
      const [row] = await queryWithIndexes<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(db, Prisma.sql`EXPLAIN (FORMAT JSON) SELECT id FROM ${walk!} w`);
      expect(nodes(row!['QUERY PLAN'][0].Plan).map((n) => n['Node Type'])).toContain('Tid Range Scan');
      const ids = (await idsOf(walk!)).map((r) => r.id);
      expect(new Set(ids).size).toBe(20);
      expect(await holding(ids, plan.query!)).toBe(20);
    });

    it('is topped up from the index when the filters are rarer than estimated, so the answer is the same', async () => {
      const { plan: planned } = await planFor({ text: 'printing', coopTypes: ['PRODUCER'] });
      // As if every co-op held the word and passed the filter: the walk expects its 20 in the
      // first 20 rows, reads 80, and finds a few.
      const plan = { ...planned, filterRows: planned.corpus.coops };
      const walk = walkedMatches(plan, { ...plan.groups[0]!, coops: plan.corpus.coops }, plan.query!, 20);
      expect(walk).not.toBeNull();
      const ids = (await idsOf(walk!)).map((r) => r.id);
      const [all] = await db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM coops c WHERE c.search_document @@ ${plan.query}::tsquery AND c.coop_type = 'PRODUCER'`;
      expect(all!.n).toBeGreaterThan(20); // enough exist that a short walk would show
      expect(new Set(ids).size).toBe(20);
      expect(await holding(ids, plan.query!, 'PRODUCER')).toBe(20);
      // The walk alone found fewer: the rest came from the index.
      const [walked] = await db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM (SELECT * FROM coops c WHERE c.ctid >= '(0,0)'::tid LIMIT 80) c
         WHERE c.search_document @@ ${plan.query}::tsquery AND c.coop_type = 'PRODUCER'`;
      expect(walked!.n).toBeLessThan(20);
    });

    it('is not used where the index reads less (a rarer word)', async () => {
      const { plan } = await planFor({ text: 'bookkeeping' });
      expect(walkedMatches(plan, plan.groups[0]!, plan.query!, 1_000)).toBeNull();
    });
  });
});
