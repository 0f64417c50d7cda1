import { abbreviates, canonicalKeys, findInVocabulary, LANGUAGES, normaliseTag } from './interest-keys';

describe('interest tags', () => {
  it('normalise case, accents, punctuation, "&" and a leading "the"', () => {
    expect(normaliseTag('  The Beatles ')).toBe('beatles');
    expect(normaliseTag('Brighton & Hove Albion')).toBe('brighton and hove albion');
    expect(normaliseTag('Atlético Madrid')).toBe('atletico madrid');
    expect(normaliseTag("St. Mirren's")).toBe('st mirrens');
  });

  it.each([
    ['man utd', 'manchester united'],
    ['man city', 'manchester city'],
    ['stockport county', 'stockport county fc'],
    ['sheff wed', 'sheffield wednesday'],
    ['st helens', 'saint helens'],
  ])('take "%s" as a short form of "%s"', (short, long) => {
    expect(abbreviates(normaliseTag(short), normaliseTag(long))).toBe(true);
  });

  it.each([
    ['manchester united', 'man utd'],
    ['leeds united', 'leeds'],
    ['hull city', 'hull kr'],
    ['chess', 'cheese'],
    ['man utd', 'manchester city'],
    ['climbing', 'climbing'],
  ])('do not take "%s" as a short form of "%s"', (a, b) => {
    expect(abbreviates(normaliseTag(a), normaliseTag(b))).toBe(false);
  });

  it('meet the one longer tag a short form stands for, and none when it could be two', () => {
    const one = canonicalKeys(['man utd', 'manchester united', 'stockport county']);
    expect(one.get('man utd')).toBe('manchester united');
    expect(one.get('manchester united')).toBe('manchester united');
    const two = canonicalKeys(['man utd', 'manchester united', 'mansfield united']);
    expect(two.get('man utd')).toBe('man utd');
  });
});

describe('the vocabularies', () => {
  it('find countries and languages by code or by name', () => {
    expect(findInVocabulary('COUNTRY', 'gb')?.code).toBe('GB');
    expect(findInVocabulary('LANGUAGE', 'Welsh')).toEqual({ code: 'cy', name: 'Welsh' });
    expect(findInVocabulary('LANGUAGE', 'CY')?.name).toBe('Welsh');
    expect(findInVocabulary('LANGUAGE', 'Klingon')).toBeNull();
    expect(Object.keys(LANGUAGES).length).toBeGreaterThan(100);
  });
});
