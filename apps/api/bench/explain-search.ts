/**
 * pnpm bench:explain <database> '<search input as JSON>'
 *   e.g. pnpm bench:explain p6_bench_3m '{"text":"printing","categoryCodes":["18"]}'
 *
 * Where one search's time goes: plans the search as the API does, then prints EXPLAIN ANALYZE
 * for its statements (the matches, and the facet counts) with the access paths they ran under.
 * A tool for reading plans; it measures one run and asserts nothing.
 */
import { createPrismaClient } from '@principle-six/db';
import { Prisma } from '@principle-six/db';
import { matchesQuery } from '../src/modules/search/ranking';
import { facetsQuery } from '../src/modules/search/search-facets';
import { accessPath } from '../src/modules/search/run-search-query';
import { SearchService } from '../src/modules/search/search.service';
import { databaseUrl } from './bench-database';

async function explain(db: ReturnType<typeof createPrismaClient>, label: string, settings: string[], sql: Prisma.Sql) {
  const lines = await db.$transaction(async (tx) => {
    for (const setting of settings) await tx.$queryRawUnsafe(setting);
    return tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, ...sql.values);
  });
  console.log(`\n== ${label} ${settings.join('; ')}`);
  for (const line of lines) console.log(line['QUERY PLAN']);
}

async function main() {
  const [name, json] = process.argv.slice(2);
  if (!name || !json) throw new Error("Usage: pnpm bench:explain <database> '<search input JSON>'");
  const db = createPrismaClient(databaseUrl(name), { maxConnections: 1 });
  try {
    const search = new SearchService(db);
    const planned = await search.plan(JSON.parse(json));
    if (!planned.ok) throw new Error(JSON.stringify(planned.errors));
    const { plan, sort } = planned.value;
    for (const g of plan.groups) {
      console.log(`word "${g.typed}": ${g.coops} co-ops; exact ${g.exact.length}, variant ${g.variant.length}, related ${g.related.length} forms`);
    }
    if (plan.filterRows !== null || plan.filterFirst) {
      console.log(`filters let through ~${plan.filterRows} co-ops (estimated); checked per row: ${plan.filterFirst?.perRow ?? 'none'}`);
    }
    await explain(db, 'matches', accessPath(plan), matchesQuery(plan, sort, null, 20));
    await explain(db, 'facets', accessPath(plan), facetsQuery(plan));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
