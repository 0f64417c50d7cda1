import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, csvHeader, neutralise } from './referrals-csv';

describe('neutralise', () => {
  it.each(['=1+1', '+44', '-2', '@SUM(A1)', '\tcmd', '\rcmd'])('prefixes %p so a spreadsheet shows it as text', (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
  });

  it.each(['Plain text', '', '1,5', 'a=b', "'quoted"])('leaves %p alone', (cell) => {
    expect(neutralise(cell)).toBe(cell);
  });
});

describe('csvHeader', () => {
  it('names every column once, CRLF-terminated', () => {
    const header = csvHeader();
    expect(header.endsWith('\r\n')).toBe(true);
    expect(parse(header)).toEqual([[...CSV_COLUMNS]]);
  });
});
