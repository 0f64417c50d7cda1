import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COOP_TYPE_KEYS, COOP_TYPES, coopTypeForEssglobal } from './coop-types';

const vocabs = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../../../shared/data/essglobal-vocabs/vocabs.json'), 'utf8'),
) as { vocabs: { os: { en: { terms: Record<string, string> } } } };

describe('co-op types', () => {
  it("name only real ESSGlobal organisational-structure terms, each at most once", () => {
    const terms = vocabs.vocabs.os.en.terms;
    const used = COOP_TYPE_KEYS.flatMap((k) => [...COOP_TYPES[k].essglobal]);
    expect(used.filter((code) => !(code in terms))).toEqual([]);
    expect(new Set(used).size).toBe(used.length);
  });

  it('map ESSGlobal codes back to a type', () => {
    expect(coopTypeForEssglobal('OS60')).toBe('WORKER');
    expect(coopTypeForEssglobal('OS70')).toBe('HOUSING');
    expect(coopTypeForEssglobal('OS999')).toBeUndefined();
  });
});
