import { searchInputSchema } from './search-input';

describe('search input', () => {
  it('refuses a region holding a control character, as it refuses any region not in the list', () => {
    const result = searchInputSchema.safeParse({ text: 'bakery', regions: ['England\u0000'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Choose regions from the list.');
    expect(searchInputSchema.parse({ regions: [' England '] }).regions).toEqual(['England']);
  });
});
