import { Prisma, type Database } from '@principle-six/db';
import { COOP_TYPES, COUNTRIES, findCategory, type Category, type CoopTypeKey } from '@principle-six/taxonomy';
import { MATCH_CAP, whereClause, type Facet, type SearchPlan } from './search-plan';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface SearchFacets {
  categories: { category: Category; count: number }[];
  coopTypes: FacetValue[];
  countries: FacetValue[];
  regions: FacetValue[];
}

/**
 * Counts per filter value, each facet with every filter but its own (so a count says what
 * choosing that value as well would give). One statement, four capped scans of the matches.
 */
export async function countFacets(db: Database, plan: SearchPlan): Promise<SearchFacets> {
  const rows = await db.$queryRaw<{ facet: Facet; value: string; count: number }[]>(facetsQuery(plan));
  const of = (facet: Facet) =>
    rows.filter((r) => r.facet === facet).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return {
    categories: of('categories').flatMap((r) => {
      const category = findCategory(r.value);
      return category ? [{ category, count: r.count }] : [];
    }),
    coopTypes: of('coopTypes').map((r) => ({ ...r, label: COOP_TYPES[r.value as CoopTypeKey]?.label ?? r.value })),
    countries: of('countries').map((r) => ({ ...r, label: COUNTRIES[r.value] ?? r.value })),
    regions: of('regions').map((r) => ({ ...r, label: r.value })),
  };
}

/** The facet counts as one statement: four capped scans of the matches, one per facet. */
export function facetsQuery(plan: SearchPlan): Prisma.Sql {
  const scan = (facet: Facet, columns: Prisma.Sql) =>
    Prisma.sql`(SELECT ${columns} FROM coops c ${whereClause(plan, facet)} LIMIT ${MATCH_CAP})`;
  return Prisma.sql`
    SELECT 'coopTypes' AS facet, m.coop_type::text AS value, count(*)::int AS count
      FROM ${scan('coopTypes', Prisma.sql`c.coop_type`)} m GROUP BY 2
    UNION ALL
    SELECT 'categories', x.code, count(*)::int
      FROM ${scan('categories', Prisma.sql`c.category_paths`)} m, unnest(m.category_paths) AS x(code) GROUP BY 2
    UNION ALL
    SELECT 'countries', p.country_code, count(*)::int
      FROM ${scan('countries', Prisma.sql`c.place_id`)} m JOIN places p ON p.id = m.place_id GROUP BY 2
    UNION ALL
    SELECT 'regions', p.region, count(*)::int
      FROM ${scan('regions', Prisma.sql`c.place_id`)} m JOIN places p ON p.id = m.place_id
     WHERE p.region IS NOT NULL GROUP BY 2`;
}
