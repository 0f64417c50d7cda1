import { Prisma, type Database } from '@principle-six/db';
import { COOP_TYPES, COUNTRIES, findCategory, type Category, type CoopTypeKey } from '@principle-six/taxonomy';
import { runSearchQuery } from './run-search-query';
import { MATCH_CAP, whereClause, type Facet, type SearchPlan } from './search-plan';
import { walkedMatches } from './table-walk';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface SearchFacets {
  categories: { category: Category; code: string; name: string; level: Category['level']; parentCode: string | null; count: number }[];
  coopTypes: FacetValue[];
  countries: FacetValue[];
  regions: FacetValue[];
}

/**
 * Counts per filter value, each facet with every filter but its own (so a count says what
 * choosing that value as well would give). One statement, four capped scans of the matches.
 */
export async function countFacets(db: Database, plan: SearchPlan): Promise<SearchFacets> {
  const rows = await runSearchQuery<{ facet: Facet; value: string; count: number }>(db, plan, facetsQuery(plan));
  const of = (facet: Facet) =>
    rows.filter((r) => r.facet === facet).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return {
    categories: of('categories').flatMap((r) => {
      const category = findCategory(r.value);
      if (!category) return [];
      const { code, name, level, parentCode } = category;
      return [{ category, code, name, level, parentCode: parentCode ?? null, count: r.count }];
    }),
    coopTypes: of('coopTypes').map((r) => ({ ...r, label: COOP_TYPES[r.value as CoopTypeKey]?.label ?? r.value })),
    countries: of('countries').map((r) => ({ ...r, label: COUNTRIES[r.value] ?? r.value })),
    regions: of('regions').map((r) => ({ ...r, label: r.value })),
  };
}

/**
 * The facet counts as one statement. Each facet scans the matches under every filter but its
 * own; facets whose own filter is not set see the same conditions, so they share one capped scan
 * (a text-only search scans once, not four times).
 */
const FACET_COLUMNS = Prisma.sql`c.coop_type, c.category_paths, c.place_id`;

export function facetsQuery(plan: SearchPlan): Prisma.Sql {
  const FACETS: Facet[] = ['coopTypes', 'categories', 'countries', 'regions'];
  const scans: { where: Prisma.Sql; name: string }[] = [];
  const scanOf = new Map<Facet, string>();
  const words = plan.matchedAllWords ? plan.query : plan.anyOwnQuery;
  for (const facet of FACETS) {
    // One word: walked to rather than listed from the index when that reads less (table-walk.ts).
    const walk =
      words && plan.groups.length === 1 ? walkedMatches(plan, plan.groups[0]!, words, MATCH_CAP, { omit: facet, columns: FACET_COLUMNS }) : null;
    const where = walk ? Prisma.sql`FROM ${walk} c` : Prisma.sql`FROM coops c ${whereClause(plan, facet, words)}`;
    const same = scans.find((s) => s.where.sql === where.sql && sameValues(s.where.values, where.values));
    if (same) {
      scanOf.set(facet, same.name);
    } else {
      const name = `scan_${scans.length}`;
      scans.push({ where, name });
      scanOf.set(facet, name);
    }
  }
  const ctes = scans.map(
    (s) => Prisma.sql`${Prisma.raw(s.name)} AS MATERIALIZED (
      SELECT ${FACET_COLUMNS} ${s.where} LIMIT ${MATCH_CAP})`,
  );
  const from = (facet: Facet) => Prisma.raw(scanOf.get(facet)!);
  return Prisma.sql`
    WITH ${Prisma.join(ctes, ', ')}
    SELECT 'coopTypes' AS facet, m.coop_type::text AS value, count(*)::int AS count
      FROM ${from('coopTypes')} m GROUP BY 2
    UNION ALL
    SELECT 'categories', x.code, count(*)::int
      FROM ${from('categories')} m, unnest(m.category_paths) AS x(code) GROUP BY 2
    UNION ALL
    SELECT 'countries', p.country_code, count(*)::int
      FROM ${from('countries')} m JOIN places p ON p.id = m.place_id GROUP BY 2
    UNION ALL
    SELECT 'regions', p.region, count(*)::int
      FROM ${from('regions')} m JOIN places p ON p.id = m.place_id
     WHERE p.region IS NOT NULL GROUP BY 2`;
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
