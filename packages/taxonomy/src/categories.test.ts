import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATEGORIES, divisionForSicCode, findCategory } from './categories';
import { SIC_DIVISIONS } from './sic-divisions';
import { SIC_SECTIONS } from './sic-sections';

const SHARED_DATA = path.resolve(__dirname, '../../../../shared/data');

/** Rows of a simple CSV whose only quoted fields may hold commas. */
function csvRows(file: string): string[][] {
  return readFileSync(path.join(SHARED_DATA, file), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((f) => f.replace(/,$/, '').replace(/^"|"$/g, '')));
}

describe('the SIC 2007 taxonomy', () => {
  it('has the 21 sections and 88 divisions of NACE Rev. 2, each division under a known section', () => {
    expect(SIC_SECTIONS).toHaveLength(21);
    expect(SIC_DIVISIONS).toHaveLength(88);
    for (const division of SIC_DIVISIONS) expect(findCategory(division.section)?.level).toBe('SECTION');
    expect(new Set(CATEGORIES.map((c) => c.code)).size).toBe(CATEGORIES.length);
  });

  it('places every code of the full UK SIC 2007 list (../shared/data/uk-sic2007) in a division', () => {
    const rows = csvRows('uk-sic2007/SIC07_CH_condensed_list_en.csv');
    expect(rows.length).toBeGreaterThan(700);
    const unmapped = rows.filter(([code]) => divisionForSicCode(code!) === undefined).map(([code]) => code);
    expect(unmapped).toEqual([]);
  });

  it("maps each division to the ICA activity Co-operatives UK gives it", () => {
    const rows = csvRows('coops-uk-2023-q2/sic-division-to-ica-activity.csv');
    expect(rows).toHaveLength(88);
    for (const [division, activity] of rows) expect(findCategory(division!)?.icaActivity).toBe(activity);
  });

  it('reads register codes that lost their leading zero, and refuses what is not a SIC code', () => {
    expect(divisionForSicCode('1110')?.code).toBe('01');
    expect(divisionForSicCode('62012')?.code).toBe('62');
    expect(divisionForSicCode('abc')).toBeUndefined();
    expect(divisionForSicCode('04000')).toBeUndefined();
  });
});
