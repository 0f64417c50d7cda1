import { findCategory } from '@principle-six/taxonomy';
import { generateDemoCoops } from './generate';

describe('the demo directory generator', () => {
  it('is deterministic: the same seed gives the same co-ops', () => {
    expect(generateDemoCoops(50, 7)).toEqual(generateDemoCoops(50, 7));
    expect(generateDemoCoops(50, 7)).not.toEqual(generateDemoCoops(50, 8));
  });

  it('makes unique slugs and files every co-op under real categories', () => {
    const coops = generateDemoCoops(300);
    expect(coops).toHaveLength(300);
    expect(new Set(coops.map((c) => c.slug)).size).toBe(300);
    for (const coop of coops) {
      expect(coop.categoryCodes.length).toBeGreaterThan(0);
      for (const code of coop.categoryCodes) expect(['DIVISION', 'CLASS']).toContain(findCategory(code)?.level);
    }
  });

  it('spreads co-ops across many places and sectors', () => {
    const coops = generateDemoCoops(300);
    expect(new Set(coops.map((c) => c.place.name)).size).toBeGreaterThan(30);
    expect(new Set(coops.flatMap((c) => c.categoryCodes)).size).toBeGreaterThan(25);
  });

  it('files most co-ops under a five-digit class, so class filters find them', () => {
    const codes = generateDemoCoops(300).flatMap((c) => c.categoryCodes);
    const classes = codes.filter((code) => findCategory(code)?.level === 'CLASS');
    expect(classes.length).toBeGreaterThan(codes.length / 2);
    expect(classes.length).toBeLessThan(codes.length);
  });
});
