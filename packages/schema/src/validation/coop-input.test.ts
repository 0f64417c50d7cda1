import { coopInputSchema } from './coop-input';
import { toFieldErrors } from './user-errors';

const valid = {
  name: '  Leeds Bookkeepers  ',
  placeName: 'Leeds',
  countryCode: 'gb',
  postcode: 'ls61ab',
  address: '',
  provides: 'Bookkeeping and year-end accounts for co-ops.',
  categoryCodes: ['69'],
  whyBuy: 'We know society accounts inside out.',
  wantToTalkTo: 'New co-ops registering as societies.',
  coopType: 'WORKER',
  website: 'leedsbooks.example.coop',
  contactEmail: ' hello@leedsbooks.example.coop ',
  contactPhone: '+44 113 496 0000',
  memberNotes: null,
};

const errorsFor = (input: unknown) => {
  const result = coopInputSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(toFieldErrors(result.error).map((e) => [e.field, e.message]));
};

describe('the pitch profile rules', () => {
  it('accepts a good profile and tidies it: trimmed, upper-case codes, a UK postcode spaced, https added', () => {
    expect(coopInputSchema.parse(valid)).toMatchObject({
      name: 'Leeds Bookkeepers',
      countryCode: 'GB',
      postcode: 'LS6 1AB',
      address: null,
      website: 'https://leedsbooks.example.coop',
      contactEmail: 'hello@leedsbooks.example.coop',
      memberNotes: null,
    });
  });

  it('says what to do about each missing field', () => {
    expect(errorsFor({})).toEqual({
      name: "Enter the co-op's name.",
      placeName: 'Enter the town or city.',
      countryCode: 'Choose a country.',
      provides: 'Enter what the co-op provides.',
      categoryCodes: 'Choose at least one category.',
      whyBuy: 'Enter why people should buy from the co-op.',
      wantToTalkTo: 'Enter who the co-op wants to talk to.',
      coopType: 'Choose the kind of co-op.',
    });
  });

  it('refuses too many, unknown or repeated categories', () => {
    expect(errorsFor({ ...valid, categoryCodes: ['01', '02', '03', '05', '06', '07'] })).toEqual({
      categoryCodes: 'Choose at most 5 categories.',
    });
    expect(errorsFor({ ...valid, categoryCodes: ['69', '00'] })).toEqual({
      'categoryCodes.1': 'Choose categories from the list.',
    });
    expect(errorsFor({ ...valid, categoryCodes: ['69', '69'] })).toEqual({ categoryCodes: 'Choose each category only once.' });
  });

  it('refuses web addresses that are not http(s) sites, and odd phone numbers', () => {
    for (const website of ['javascript:alert(1)', 'ftp://example.coop', 'https://localhost', 'not a site']) {
      expect(errorsFor({ ...valid, website })).toEqual({ website: 'Enter a web address like https://example.coop.' });
    }
    expect(errorsFor({ ...valid, contactPhone: 'call me' })).toHaveProperty('contactPhone');
  });

  it('checks postcodes only in the UK', () => {
    expect(errorsFor({ ...valid, postcode: '12345' })).toEqual({
      postcode: 'Enter a UK postcode like LS6 1AB, or leave it blank.',
    });
    expect(coopInputSchema.parse({ ...valid, countryCode: 'ES', postcode: '20500' }).postcode).toBe('20500');
  });

  it('refuses control characters and oversized text', () => {
    expect(errorsFor({ ...valid, name: 'Bad\u0007Name' })).toEqual({ name: "Remove the control characters from the co-op's name." });
    expect(errorsFor({ ...valid, provides: 'x'.repeat(100_000) })).toEqual({
      provides: 'Keep what the co-op provides to 2,000 characters or fewer.',
    });
  });
});
