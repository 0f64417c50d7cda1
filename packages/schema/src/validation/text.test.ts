import { signInSchema, signUpSchema } from './accounts';
import { coopInputSchema } from './coop-input';
import { optional, optionalText, requiredText, textProblem } from './text';
import { z } from 'zod';

const firstMessage = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? null : result.error.issues[0]!.message;
};

const name = requiredText('the name', 1, 20);
const notes = requiredText('the notes', 1, 200, { multiline: true });

describe('NFC normalisation', () => {
  const decomposed = 'Cafe\u0301'; // e + combining acute: five code units

  it('counts a decomposed "é" as one character and stores it composed', () => {
    const four = requiredText('the name', 1, 4);
    expect(four.parse(decomposed)).toBe('Caf\u00e9');
    expect(four.parse(decomposed)).toHaveLength(4);
    expect(requiredText('the name', 5, 20).safeParse(decomposed).success).toBe(false);
  });

  it('applies to every kind of text field', () => {
    expect(notes.parse(`${decomposed}\nline two`)).toBe('Caf\u00e9\nline two');
    expect(optionalText('the address', 100).parse(decomposed)).toBe('Caf\u00e9');
    expect(optional(z.string(), { label: 'the thing', max: 10 }).parse(decomposed)).toBe('Caf\u00e9');
    expect(signUpSchema.parse({ email: 'a@b.coop', password: 'long enough pw', displayName: decomposed }).displayName).toBe(
      'Caf\u00e9',
    );
  });
});

describe('single-line text', () => {
  it.each([
    ['line feed', 'Good\nName'],
    ['carriage return', 'Good\rName'],
    ['CR LF', 'Good\r\nName'],
    ['vertical tab', 'Good\u000BName'],
    ['form feed', 'Good\u000CName'],
    ['next line (NEL)', 'Good\u0085Name'],
    ['line separator', 'Good\u2028Name'],
    ['paragraph separator', 'Good\u2029Name'],
  ])('refuses a %s', (_what, input) => {
    expect(firstMessage(name, input)).toBe('Remove the line breaks from the name.');
  });

  it('refuses tabs', () => {
    expect(firstMessage(name, 'Good\tName')).toBe('Remove the tabs from the name.');
  });

  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['ESC', '\u001B'],
    ['DEL', '\u007F'],
    ['C1 CSI', '\u009B'],
  ])('refuses the control character %s', (_what, character) => {
    expect(firstMessage(name, `Good${character}Name`)).toBe('Remove the control characters from the name.');
  });

  it.each([
    ['LRE', '\u202A'],
    ['RLE', '\u202B'],
    ['PDF', '\u202C'],
    ['LRO', '\u202D'],
    ['RLO', '\u202E'],
    ['LRI', '\u2066'],
    ['RLI', '\u2067'],
    ['FSI', '\u2068'],
    ['PDI', '\u2069'],
    ['LRM', '\u200E'],
    ['RLM', '\u200F'],
    ['ALM', '\u061C'],
  ])('refuses the bidirectional control %s', (_what, character) => {
    expect(firstMessage(name, `Good${character}Name`)).toBe('Remove the hidden text-direction characters from the name.');
  });

  it.each([
    ['zero-width space', '\u200B'],
    ['zero-width non-joiner', '\u200C'],
    ['zero-width joiner', '\u200D'],
    ['word joiner', '\u2060'],
    ['byte order mark', '\uFEFF'],
    ['soft hyphen', '\u00AD'],
    ['Mongolian vowel separator', '\u180E'],
    ['Hangul filler', '\u3164'],
    ['tag character', '\u{E0041}'],
  ])('refuses the invisible %s', (_what, character) => {
    expect(firstMessage(name, `Good${character}Name`)).toBe('Remove the invisible characters from the name.');
  });

  it('refuses unpaired surrogates', () => {
    expect(firstMessage(name, 'Good\uD800Name')).toBe('Remove the unreadable characters from the name.');
  });

  it('refuses a name made only of invisible characters rather than storing a blank-looking one', () => {
    expect(firstMessage(name, '\u3164\u3164')).toBe('Remove the invisible characters from the name.');
  });

  it('trims line breaks and spaces at either end, and keeps ordinary letters of every script', () => {
    expect(name.parse('\r\n  Good Name \n')).toBe('Good Name');
    expect(name.parse('שלום Co-op')).toBe('שלום Co-op');
    expect(name.parse('Kooperativ Ärø')).toBe('Kooperativ Ärø');
    expect(name.parse('Co-op 🌱')).toBe('Co-op 🌱');
  });
});

describe('multi-line text', () => {
  it('keeps line breaks and tabs, storing every kind of line break as \\n', () => {
    expect(notes.parse('Line one\r\nLine two\rLine three\u2028Line four\n\tindented')).toBe(
      'Line one\nLine two\nLine three\nLine four\n\tindented',
    );
  });

  it('refuses other control characters', () => {
    for (const character of ['\u0000', '\u0007', '\u000B', '\u000C', '\u001B', '\u007F', '\u009B']) {
      expect(firstMessage(notes, `Some${character}notes`)).toBe('Remove the control characters from the notes.');
    }
  });

  it('refuses bidirectional overrides and isolates', () => {
    for (const character of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(firstMessage(notes, `Some${character}notes`)).toBe('Remove the hidden text-direction characters from the notes.');
    }
  });

  it('keeps what real prose needs: direction marks, joiners in emoji and Persian', () => {
    for (const text of ['Price\u200F: 10 ₪', '👩\u200D🌾 farmers', 'می\u200Cخواهم']) {
      expect(notes.parse(text)).toBe(text);
    }
  });
});

describe('refusals that protect the server', () => {
  it('refuses runs of more than 30 combining marks', () => {
    expect(firstMessage(notes, `Za${'\u0301\u0316'.repeat(16)}lgo`)).toBe('Remove the stacked accent marks from the notes.');
    expect(notes.safeParse(`Za${'\u0301\u0316'.repeat(5)}lgo`).success).toBe(true);
  });

  it('refuses a megabyte of combining marks at once (normalising it would take minutes)', () => {
    expect(firstMessage(notes, `a${'\u0301\u0323\u0345'.repeat(300_000)}`)).toBe('Keep the notes to 200 characters or fewer.');
    expect(firstMessage(requiredText('the notes', 1, 300_000), `a${'\u0301\u0323'.repeat(100_000)}`)).toBe(
      'Remove the stacked accent marks from the notes.',
    );
  });
});

describe('textProblem', () => {
  it('names the first kind of refused character, or null', () => {
    expect(textProblem('fine')).toBeNull();
    expect(textProblem('two\nlines')).toBe('line breaks');
    expect(textProblem('two\nlines', { multiline: true })).toBeNull();
    expect(textProblem('\u202Eevil', { multiline: true })).toBe('direction');
  });
});

describe('the fields that use these rules', () => {
  const coop = {
    name: 'Leeds Bookkeepers',
    placeName: 'Leeds',
    countryCode: 'GB',
    provides: 'Bookkeeping and year-end accounts for co-ops.',
    categoryCodes: ['69'],
    whyBuy: 'We know society accounts inside out.',
    wantToTalkTo: 'New co-ops registering as societies.',
    coopType: 'WORKER',
  };
  const coopErrors = (input: object) => {
    const result = coopInputSchema.safeParse({ ...coop, ...input });
    return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('single-line profile fields refuse line breaks and spoofing characters', () => {
    expect(
      coopErrors({
        name: 'Leeds\nBookkeepers',
        placeName: 'Le\u202Eeds',
        postcode: 'LS6\t1AB',
        address: '1 High St\r\nLeeds',
        website: 'https://exa\nmple.coop',
        contactEmail: 'hello\u200B@example.coop',
        contactPhone: '0113\n496 0000',
      }),
    ).toEqual({
      name: "Remove the line breaks from the co-op's name.",
      placeName: 'Remove the hidden text-direction characters from the town or city.',
      postcode: 'Remove the tabs from the postcode.',
      address: 'Remove the line breaks from the address.',
      website: 'Remove the line breaks from the web address.',
      contactEmail: 'Remove the invisible characters from the email address.',
      contactPhone: 'Remove the line breaks from the phone number.',
    });
  });

  it('multi-line profile fields keep paragraphs but refuse overrides', () => {
    const parsed = coopInputSchema.parse({
      ...coop,
      provides: 'Bookkeeping.\r\n\r\nYear-end accounts.',
      whyBuy: 'We know\nsociety accounts.',
      wantToTalkTo: 'New co-ops,\n\tand old ones.',
      memberNotes: 'Keys are\nwith Sam.',
    });
    expect(parsed).toMatchObject({ provides: 'Bookkeeping.\n\nYear-end accounts.', memberNotes: 'Keys are\nwith Sam.' });
    expect(coopErrors({ provides: 'Bookkeeping \u202Efor co-ops' })).toEqual({
      provides: 'Remove the hidden text-direction characters from what the co-op provides.',
    });
    expect(coopErrors({ memberNotes: 'Keys\u0007' })).toEqual({
      memberNotes: 'Remove the control characters from the notes for members.',
    });
  });

  it('account names and emails are single-line', () => {
    const signUp = (input: object) =>
      firstMessage(signUpSchema, { email: 'ada@example.coop', password: 'long enough pw', displayName: 'Ada', ...input });
    expect(signUp({ displayName: 'Ada\nLovelace' })).toBe('Remove the line breaks from your name.');
    expect(signUp({ displayName: 'Ada \u2066Lovelace\u2069' })).toBe('Remove the hidden text-direction characters from your name.');
    expect(signUp({ email: 'ada@example.coop\r\nBcc: x@example.org' })).toBe('Remove the line breaks from your email address.');
    expect(firstMessage(signInSchema, { email: 'ada\u200B@example.coop', password: 'x' })).toBe(
      'Remove the invisible characters from your email address.',
    );
  });
});
