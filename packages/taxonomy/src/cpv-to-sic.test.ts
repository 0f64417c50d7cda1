import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findCategory } from './categories';
import { CPV_DIVISION_TO_SIC, sicDivisionsForCpv } from './cpv-to-sic';

// The real vocabulary beside the repository (../shared/data), read at test time, never copied.
const CPV_FILE = path.resolve(__dirname, '../../../../shared/data/cpv-2008/cpv_en.csv');

describe('CPV to SIC correspondence', () => {
  it('covers every CPV division of the real vocabulary', () => {
    const divisions = new Set(
      readFileSync(CPV_FILE, 'utf8')
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => line.slice(0, 2)),
    );
    expect(divisions.size).toBe(45);
    expect([...divisions].filter((d) => !(d in CPV_DIVISION_TO_SIC))).toEqual([]);
  });

  it('names only real SIC divisions, each once per CPV division', () => {
    for (const [cpv, sic] of Object.entries(CPV_DIVISION_TO_SIC)) {
      expect(new Set(sic).size).toBe(sic.length);
      for (const code of sic) expect([cpv, code, findCategory(code)?.level]).toEqual([cpv, code, 'DIVISION']);
    }
  });

  it('reads CPV codes with or without their check digit', () => {
    expect(sicDivisionsForCpv('79810000-5')).toContain('18'); // printing services
    expect(sicDivisionsForCpv('72000000')).toEqual(['62', '63']);
    expect(sicDivisionsForCpv('not a code')).toEqual([]);
    expect(sicDivisionsForCpv('99000000-0')).toEqual([]);
  });
});
