import { categoriesForSicCodes, categoryForSicCode } from './categories';

describe('SIC codes from registers', () => {
  it('reads the explicit hierarchy of Co-operatives UK open data', () => {
    expect(categoryForSicCode('UKSIC07-62012')).toBe('62012');
    expect(categoryForSicCode('UKSIC07-4711')).toBe('47110');
    expect(categoryForSicCode('UKSIC07-6920')).toBe('69'); // only its subclasses are listed
    expect(categoryForSicCode('UKSIC07-351')).toBe('35');
    expect(categoryForSicCode('UKSIC07-01')).toBe('01');
  });

  it('reads bare codes of the SSE standard CSV, including a lost leading zero', () => {
    expect(categoryForSicCode('94990')).toBe('94990');
    expect(categoryForSicCode('1110')).toBe('01110');
    expect(categoryForSicCode(' ')).toBeNull();
    expect(categoryForSicCode('UKSIC07-04')).toBeUndefined();
    expect(categoryForSicCode('not a code')).toBeUndefined();
  });
});

describe('several codes in one cell', () => {
  it('reads each, in order, once, and names the ones it cannot place', () => {
    expect(categoriesForSicCodes('62012; UKSIC07-47;UKSIC07-J;62012')).toEqual({ codes: ['62012', '47', 'J'], unknown: [] });
    expect(categoriesForSicCodes('94990;nonsense')).toEqual({ codes: ['94990'], unknown: ['nonsense'] });
    expect(categoriesForSicCodes('')).toEqual({ codes: [], unknown: [] });
  });
});
