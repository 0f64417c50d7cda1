import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { CATEGORIES, categoryLineage, classForSicCode, divisionForSicCode, findCategory } from './categories';
import { SIC_CLASSES } from './sic-classes';
import { SIC_DIVISIONS } from './sic-divisions';
import { SIC_SECTIONS } from './sic-sections';

const SHARED_DATA = path.resolve(__dirname, '../../../../shared/data');

/** A CSV's rows after its header line. */
function csvRows(file: string): string[][] {
  return (parse(readFileSync(path.join(SHARED_DATA, file), 'utf8')) as string[][]).slice(1);
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

  it('ships the five-digit classes exactly as published, each under its division', () => {
    const published = csvRows('uk-sic2007/SIC07_CH_condensed_list_en.csv').filter(([code]) => code !== '99999');
    expect(SIC_CLASSES.map(([code, name]) => [code, name])).toEqual(published);
    for (const [code] of SIC_CLASSES) expect(findCategory(code)?.parentCode).toBe(code.slice(0, 2));
  });

  it('finds the class of a register code and the lineage of any category', () => {
    expect(classForSicCode('1110')?.code).toBe('01110');
    expect(classForSicCode('69202')?.name).toBe('Bookkeeping activities');
    expect(classForSicCode('99999')).toBeUndefined();
    expect(classForSicCode('62')).toBeUndefined();
    expect(categoryLineage('69202')).toEqual(['69202', '69', 'M']);
    expect(categoryLineage('M')).toEqual(['M']);
    expect(categoryLineage('nope')).toEqual([]);
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
