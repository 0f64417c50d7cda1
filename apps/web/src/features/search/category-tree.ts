import { categoryLineage } from '@principle-six/taxonomy';
import type { FacetOption } from './FacetGroup';

interface CategoryCount {
  code: string;
  name: string;
  level: string;
  parentCode?: string | null;
  count: number;
}

/**
 * The category facet as a tree a person can walk down: every section, the divisions of a chosen
 * section, the classes of a chosen division, and always whatever is chosen with its ancestors
 * (a class picked from a suggestion shows under its division and section). Largest first at
 * each level; children sit under their parent, indented.
 */
export function categoryTree(counts: readonly CategoryCount[], selected: readonly string[]): FacetOption[] {
  const open = new Set(selected.flatMap((code) => categoryLineage(code)));
  const visible = counts.filter(
    (category) =>
      category.level === 'SECTION' || open.has(category.code) || (category.parentCode && open.has(category.parentCode)),
  );
  const childrenOf = new Map<string | null, CategoryCount[]>();
  for (const entry of visible) {
    const parent = entry.level === 'SECTION' ? null : (entry.parentCode ?? null);
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), entry]);
  }
  const options: FacetOption[] = [];
  const walk = (parent: string | null, depth: number) => {
    const children = [...(childrenOf.get(parent) ?? [])].sort(
      (a, b) => b.count - a.count || a.name.localeCompare(b.name),
    );
    for (const category of children) {
      options.push({ value: category.code, label: category.name, count: category.count, depth });
      walk(category.code, depth + 1);
    }
  };
  walk(null, 0);
  return options;
}
