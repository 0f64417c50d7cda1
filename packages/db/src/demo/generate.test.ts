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
      for (const code of coop.categoryCodes) expect(findCategory(code)?.level).toBe('DIVISION');
    }
  });

  it('spreads co-ops across many places and sectors', () => {
    const coops = generateDemoCoops(300);
    expect(new Set(coops.map((c) => c.place.name)).size).toBeGreaterThan(30);
    expect(new Set(coops.flatMap((c) => c.categoryCodes)).size).toBeGreaterThan(25);
  });
});
