/** A lowercase, hyphenated, ASCII form of a name for use in URLs ("Café Été" → "cafe-ete"). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/**
 * The name's slug, or the same with the lowest free "-2", "-3"... suffix, given the slugs already
 * taken that start with it (`takenStartingWith` reads them inside the caller's transaction).
 */
export async function freeSlug(name: string, fallback: string, takenStartingWith: (base: string) => Promise<string[]>): Promise<string> {
  const base = slugify(name) || fallback;
  const taken = new Set(await takenStartingWith(base));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
