import { Gazetteer } from './gazetteer';
import { normalisePlaceName } from './normalise';
import { normaliseUkPostcode, ukOutcode } from './postcodes';

const gazetteer = new Gazetteer();

describe('the gazetteer', () => {
  it('finds the most populous place of a name, or the one in the country asked for', () => {
    const leeds = gazetteer.find('leeds')!;
    expect(leeds).toMatchObject({ name: 'Leeds', countryCode: 'GB', region: 'England' });
    expect(leeds.latitude).toBeCloseTo(53.8, 1);
    expect(leeds.longitude).toBeCloseTo(-1.55, 1);
    expect(gazetteer.find('Leeds', 'US')?.countryCode).toBe('US');
    expect(gazetteer.find('Cardiff')?.region).toBe('Wales');
    expect(gazetteer.find('Atlantis under the sea')).toBeNull();
  });

  it('ignores accents and punctuation in names', () => {
    expect(normalisePlaceName('Saint-Étienne')).toBe('saint etienne');
    expect(gazetteer.find('saint etienne')?.countryCode).toBe('FR');
    expect(gazetteer.find('ZÜRICH')?.countryCode).toBe('CH');
  });

  it('suggests places by prefix, most populous first, and nothing for one letter', () => {
    const names = gazetteer.suggest('manch', 3).map((p) => `${p.name}, ${p.countryCode}`);
    expect(names[0]).toBe('Manchester, GB');
    expect(gazetteer.suggest('Bris', 10, 'GB').every((p) => p.countryCode === 'GB')).toBe(true);
    expect(gazetteer.suggest('m')).toEqual([]);
  });
});

describe('the largest places', () => {
  it('lists the most populous towns first, the same way every time', () => {
    const top = gazetteer.largest(50);
    expect(top).toHaveLength(50);
    for (let i = 1; i < top.length; i++) expect(top[i - 1]!.population).toBeGreaterThanOrEqual(top[i]!.population);
    expect(top.map((p) => p.name)).toContain('Shanghai');
    expect(gazetteer.largest(50)).toEqual(top);
  });
});

describe('UK postcodes', () => {
  it('normalises full postcodes and outward codes, and refuses what is neither', () => {
    expect(normaliseUkPostcode(' ls14ap ')).toBe('LS1 4AP');
    expect(normaliseUkPostcode('LS1')).toBeNull();
    expect(ukOutcode('ls1 4ap')).toBe('LS1');
    expect(ukOutcode('ls1')).toBe('LS1');
    expect(ukOutcode('Leeds')).toBeNull();
  });
});
