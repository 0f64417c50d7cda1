import { slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['Leeds Print Co-op', 'leeds-print-co-op'],
    ['Café Été & Bakery', 'cafe-ete-and-bakery'],
    ['  --Radical!! Routes--  ', 'radical-routes'],
    ["Robert'); DROP TABLE coops;--", 'robert-drop-table-coops'],
    ['¡!', ''],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('keeps slugs to 60 characters without a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(59)} b`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});
