import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_PATTERNS } from '@principle-six/schema';

// The API answers 404 for a path that is none of these (packages/schema/src/routes/pages.ts): the
// router must draw exactly the same pages, or a real page would be a 404, or a 404 a page.
it('the router draws exactly the pages the shared list names', () => {
  const router = readFileSync(join(__dirname, 'router.tsx'), 'utf8');
  const drawn = [...router.matchAll(/<Route path="([^"]+)"/g)].map((m) => m[1]).filter((path) => path !== '*');
  expect([...drawn].sort()).toEqual([...PAGE_PATTERNS].sort());
});
