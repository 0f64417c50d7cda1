import { misspell } from './evaluation-set';

describe('misspelt evaluation phrases', () => {
  it('swaps two middle letters of the longest word', () => {
    expect(misspell('then we have extended our')).toBe('then we have extneded our');
  });

  it('leaves phrases alone whose longest word is short or not a plain word', () => {
    expect(misspell('we do it all')).toBeNull();
    expect(misspell('see www.example.coop')).toBeNull();
  });
});
