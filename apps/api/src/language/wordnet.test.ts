import { lookUp } from './wordnet';

describe('WordNet lookup', () => {
  it('gives synonyms and derivations of nouns and verbs', () => {
    const bike = lookUp('bikes');
    expect(bike.known).toBe(true);
    expect(bike.synonyms).toContain('bicycle');
    expect(lookUp('supplier').derived).toContain('supply');
  });

  it('knows adjectives and adverbs as words, without taking synonyms from them', () => {
    for (const word of ['renewable', 'locally']) expect(lookUp(word)).toMatchObject({ known: true, synonyms: [] });
    expect(lookUp('wholesale').synonyms).not.toContain('sweeping');
  });

  it('does not know a typo', () => {
    expect(lookUp('renewabel')).toEqual({ known: false, synonyms: [], derived: [] });
  });
});
