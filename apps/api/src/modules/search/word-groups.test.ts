import { joinedNeighbours, splitsOf, typedWords } from './query-words';
import { assembleGroups } from './word-groups';

type Entry = { lexeme: string | null; coops: number; stop?: boolean; similar?: string[]; longer?: string[] };

/** What PostgreSQL would say of each form, written out for the rules to be tested alone. */
function lexized(entries: Record<string, Entry>) {
  return new Map(
    Object.entries(entries).map(([s, e]) => [
      s,
      { lexeme: e.lexeme, coops: e.coops, stop: e.stop ?? false, longer: e.longer ?? [], similar: e.similar ?? [], alongside: [], variantCoops: 0 },
    ]),
  );
}

function groups(text: string, entries: Record<string, Entry>, dictionary: string[] = []) {
  const words = typedWords(text);
  const relations = words.map((w) => ({ of: w.solid, dictionaryWord: dictionary.includes(w.solid), derived: [], related: [] }));
  return assembleGroups(words, joinedNeighbours(words), relations, lexized(entries));
}

describe('word groups', () => {
  it('leaves stop words out, unless they are all there is', () => {
    const entries = { need: { lexeme: 'need', coops: 5, stop: true }, printer: { lexeme: 'printer', coops: 3 }, coop: { lexeme: 'coop', coops: 9, stop: true }, co: { lexeme: 'co', coops: 1, stop: true }, op: { lexeme: 'op', coops: 1, stop: true }, 'co-op': { lexeme: 'co-op', coops: 9, stop: true } };
    expect(groups('need printer', entries).map((g) => g.typed)).toEqual(['printer']);
    expect(groups('co-op', entries).map((g) => g.typed)).toEqual(['co-op']);
  });

  it('splits a solid word into a phrase only with evidence it is a compound', () => {
    const entries = {
      vegbox: { lexeme: 'vegbox', coops: 0 },
      veg: { lexeme: 'veg', coops: 4 },
      box: { lexeme: 'box', coops: 6 },
      'veg-box': { lexeme: 'veg-box', coops: 0 },
      understand: { lexeme: 'understand', coops: 7 },
      under: { lexeme: 'under', coops: 3 },
      stand: { lexeme: 'stand', coops: 3 },
      'under-stand': { lexeme: 'under-stand', coops: 0 },
    };
    // Unknown as typed: its split is what profiles hold.
    expect(groups('vegbox', entries)[0]!.exact).toContainEqual({ phrase: ['veg', 'box'] });
    // Known as typed and never hyphenated: two words by chance, not a compound.
    expect(groups('understand', entries)[0]!.exact).toEqual([{ lexeme: 'understand' }]);
  });

  it('lets two neighbouring words meet their solid form, which counts for both', () => {
    const entries = { veg: { lexeme: 'veg', coops: 4 }, box: { lexeme: 'box', coops: 6 }, vegbox: { lexeme: 'vegbox', coops: 2 } };
    const [veg, box] = groups('veg box', entries);
    expect(veg!.exact).toContainEqual({ lexeme: 'vegbox' });
    expect(box!.exact).toContainEqual({ lexeme: 'vegbox' });
  });

  it('corrects a typo to its nearest spelling, but not a dictionary word no profile holds', () => {
    const entries = {
      bookeeping: { lexeme: 'bookeep', coops: 0, similar: ['bookkeep', 'booklet'] },
      broker: { lexeme: 'broker', coops: 0, similar: ['baker'] },
    };
    const [typo] = groups('bookeeping', entries);
    // The nearest spelling is what was meant; the next is only a lesser match.
    expect(typo!.exact).toEqual([{ lexeme: 'bookeep' }, { lexeme: 'bookkeep' }]);
    expect(typo!.variant.map((v) => v.word)).toEqual(['booklet']);
    expect(typo!.correctedTo).toBe('bookkeep');
    const [word] = groups('broker', entries, ['broker']);
    expect(word!.exact).toEqual([{ lexeme: 'broker' }]);
    expect(word!.variant.map((v) => v.word)).toEqual(['baker']);
    expect(word!.correctedTo).toBeNull();
  });

  it('leaves out a related word held by so many profiles that it says little', () => {
    const words = typedWords('bookkeeping');
    const relations = [{ of: 'bookkeeping', dictionaryWord: true, derived: [], related: [{ word: 'year', source: 'wordnet' }, { word: 'ledger', source: 'wordnet' }] }];
    const entries = lexized({ bookkeeping: { lexeme: 'bookkeep', coops: 300 }, year: { lexeme: 'year', coops: 9_000 }, ledger: { lexeme: 'ledger', coops: 700 } });
    const related = (corpus: number) => assembleGroups(words, [], relations, entries, corpus)[0]!.related.map((r) => r.word);
    expect(related(100_000)).toEqual(['ledger']); // "year": 9% of profiles
    expect(related(1_000_000)).toEqual(['year', 'ledger']);
    // In a small directory a share says little: 300 of 2,000 profiles is not yet too general.
    const small = lexized({ bookkeeping: { lexeme: 'bookkeep', coops: 20 }, year: { lexeme: 'year', coops: 300 }, ledger: { lexeme: 'ledger', coops: 7 } });
    expect(assembleGroups(words, [], relations, small, 2_000)[0]!.related.map((r) => r.word)).toEqual(['year', 'ledger']);
  });

  it('splits words by letter, not by UTF-16 unit, so a letter outside the BMP is never cut', () => {
    const splits = splitsOf('𝐛𝐚𝐤𝐞𝐫𝐲');
    expect(splits[0]).toEqual(['𝐛𝐚𝐤', '𝐞𝐫𝐲']);
    // No half of a surrogate pair on either side of a cut.
    for (const part of splits.flat()) expect(part).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });
});
