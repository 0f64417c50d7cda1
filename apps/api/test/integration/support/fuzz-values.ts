import fc from 'fast-check';

/**
 * Hostile and ordinary values for each scalar of the schema. The hostile ones are what a script
 * sends; the ordinary ones (by the name of the field) let a generated input get past the first
 * check, so that later checks and the database are reached too.
 */

const DAY = 86_400_000;
const KB = 1024;

const emoji = '👩‍👩‍👧‍👦🏳️‍🌈🇬🇧';
const combining = 'Z̴̧̛̞̙͓a̶̢͇l̷̺͛g̵̦̈o̸̡͝ e\u0301 a\u0308\u0308\u0308\u0308';

export const NASTY_STRINGS: string[] = [
  '',
  ' ',
  '   \t  ',
  '\u0000',
  'nul\u0000inside',
  '\u0007\u0008\u001b[31mred\u001b[0m\u007f',
  'line one\r\nline two',
  '\n',
  '\r',
  'spoof\u2028line\u2029separator',
  '\u202Egnp.exe',
  'invoice\u202Efdp.exe',
  '\u2066isolate\u2069 \u200F\u200E\u061C',
  '\uFEFFbom',
  '\u200B\u200C\u200Dzero width',
  emoji,
  combining,
  '\uD800',
  'lone \uDC00 surrogate',
  '𝕳𝖊𝖑𝖑𝖔 𝔠𝔬-𝔬𝔭',
  'ＦＵＬＬＷＩＤＴＨ',
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '" OR 1=1 --',
  'Robert\'); DELETE FROM coops; --',
  '$1 $$ :name ?',
  '%s %n %x %%',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}} ${7*7} #{7*7}',
  '../../../../etc/passwd',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e309',
  '\\',
  '\\u0000',
  'a'.repeat(101),
  'x'.repeat(2_001),
  'y'.repeat(5_001),
];

/** About 100 KB each, in one-, three- and four-byte characters. */
export const HUGE_STRINGS: string[] = ['a'.repeat(100 * KB), '€'.repeat(34 * KB), '🙂'.repeat(25 * KB), `${'line\r\n'.repeat(16 * KB)}`];

/** Ordinary values by field name: valid or nearly so. */
const HINTS: Record<string, string[]> = {
  email: ['fuzz@example.coop', 'FUZZ@EXAMPLE.COOP', ' fuzz@example.coop ', 'not-an-email', 'a@b', '@example.coop', 'fuzz@例え.テスト'],
  password: ['correct horse battery', 'short', 'p'.repeat(1_000)],
  displayName: ['Ada', 'Ada Lovelace', 'A'],
  name: ['Calder Valley Print Co-op', 'Co', 'Ünïcödé Co-op'],
  placeName: ['Leeds', 'leeds', 'Hebden Bridge', 'London', 'Atlantis', 'Llanfairpwllgwyngyll', 'São Paulo'],
  countryCode: ['GB', 'gb', 'IE', 'ES', 'XX', 'GBR', 'G'],
  postcode: ['LS1 4AP', 'hx7 8aa', 'LS1', 'XXX 999', 'SW1A1AA'],
  address: ['1 Mill Lane, Hebden Bridge'],
  provides: ['Risograph and digital printing for campaigns, zines and community events.'],
  whyBuy: ['Worker-owned, vegetable inks, recycled paper and honest quotes.'],
  wantToTalkTo: ['Campaign groups and co-ops with regular print runs.'],
  website: ['calderprint.example.coop', 'https://example.coop', 'http://', 'ftp://example.coop', 'javascript:alert(1)', 'https://exa mple.coop'],
  contactEmail: ['hello@example.coop', 'nope'],
  contactPhone: ['+44 113 496 0000', '0113', 'call us'],
  memberNotes: ['Door code is with the rota.'],
  categoryCodes: ['18', 'J', '62', '62012', '69202', 'ZZ', '00', '1', 'j'],
  title: ['Printing for our annual report', 'Tiny', 'Risograph printing for reports and zines'],
  description: ['About 500 copies of a 40-page annual report on recycled paper, printed and bound by March.'],
  coopTerms: ['10% off for co-ops'],
  budgetCurrency: ['GBP', 'EUR', 'gbp', 'XXX', 'POUNDS'],
  message: ['We print annual reports on recycled paper; shall we talk?', 'Hi'],
  idempotencyKey: ['key-1', 'same key', '0', 'é', 'k'.repeat(100), 'k'.repeat(101)],
  token: ['made-up', 'A'.repeat(43), 'A'.repeat(20), 'A'.repeat(101)],
  text: ['printing'],
};

const SENTENCE = 'A plain sentence long enough to pass most length checks.';

export interface ValuePools {
  /** Ids of real rows: co-ops, users, needs, offers, matches, invitations. */
  ids: string[];
  /** Secrets of real links: invitations and email confirmations. */
  tokens: string[];
}

/** A string for a field: ordinary, hostile, huge, random unicode, or ordinary with hostile bits. */
export function stringValue(name: string, pools: ValuePools): fc.Arbitrary<string> {
  const hints = HINTS[name] ?? [SENTENCE];
  const ordinary = fc.constantFrom(...hints);
  const arbitraries: fc.WeightedArbitrary<string>[] = [
    { weight: 5, arbitrary: ordinary },
    { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(ordinary, fc.constantFrom(...NASTY_STRINGS), fc.boolean())
        .map(([plain, nasty, before]) => (before ? nasty + plain : plain + nasty)),
    },
  ];
  if (name === 'token' && pools.tokens.length) arbitraries.push({ weight: 4, arbitrary: fc.constantFrom(...pools.tokens) });
  if (name === 'idempotencyKey') arbitraries.push({ weight: 3, arbitrary: fc.uuid() });
  return fc.oneof(...arbitraries);
}

const MALFORMED_IDS = [
  '',
  'not-an-id',
  '123',
  '0',
  '-1',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  '{6f1c2b3a-1d2e-4f5a-8b9c-0d1e2f3a4b5c}',
  '6f1c2b3a1d2e4f5a8b9c0d1e2f3a4b5c',
  '6f1c2b3a-1d2e-4f5a-8b9c-0d1e2f3a4b5c ',
  ' 6f1c2b3a-1d2e-4f5a-8b9c-0d1e2f3a4b5c',
  '6f1c2b3a-1d2e-4f5a-8b9c-0d1e2f3a4b5c\u0000',
  "6f1c2b3a-1d2e-4f5a-8b9c-0d1e2f3a4b5c' OR '1'='1",
];

/** Ids: real ones (of any kind, so a need's id goes where a co-op's is asked for), unknown, malformed. */
export function idValue(pools: ValuePools): fc.Arbitrary<string> {
  const arbitraries: fc.WeightedArbitrary<string>[] = [
    { weight: 3, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.uuid().map((id) => id.toUpperCase()) },
    { weight: 2, arbitrary: fc.constantFrom(...MALFORMED_IDS) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS, ...HUGE_STRINGS.slice(0, 1)) },
  ];
  if (pools.ids.length) arbitraries.push({ weight: 6, arbitrary: fc.constantFrom(...pools.ids) });
  return fc.oneof(...arbitraries);
}

/**
 * Ints GraphQL's Int takes (negative, zero, the 32-bit ends), and ones it must refuse as input
 * (2^31, 1e20, 1.5, the string "NaN").
 */
export function intValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(-1, 0, 1, 20, 2_000, 100_000_000, 100_000_001, 2 ** 31 - 1, -(2 ** 31)) },
    { weight: 2, arbitrary: fc.integer() },
  );
}

export function badIntValue(): fc.Arbitrary<unknown> {
  return fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1e20, 2 ** 53 + 2, 1.5, -0.5, 'NaN', '12', 'Infinity', '');
}

/** Floats: zero, negative, enormous, tiny; and, to be refused, strings that are not numbers. */
export function floatValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(0, -0, -1, 1, 25, 50, 1_000, 1_000.0001, 1_001, 1e308, -1e308, 5e-324, 0.5) },
    { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
    { weight: 1, arbitrary: fc.integer() },
  );
}

export function badFloatValue(): fc.Arbitrary<unknown> {
  return fc.constantFrom('NaN', 'Infinity', '-Infinity', '25', '1e3', '');
}

/** DateTimes: past, near future, a year and more ahead, the far ends of the range. */
export function dateTimeValue(): fc.Arbitrary<unknown> {
  const at = (ms: number) => new Date(Date.now() + ms).toISOString();
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom(-DAY, -1_000, 60_000, DAY, 30 * DAY, 364 * DAY, 366 * DAY, 10 * 365 * DAY).map(at),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '1970-01-01T00:00:00.000Z',
        '0001-01-01T00:00:00.000Z',
        '9999-12-31T23:59:59.999Z',
        '2027-01-01T00:00:00+14:00',
        '2026-12-31T23:59:60Z',
      ),
    },
    { weight: 2, arbitrary: fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()) },
  );
}

/** Dates that are not dates, or not written as the scalar asks. */
export function badDateTimeValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom('2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', 'tomorrow', '', 'NaN', '2027-01-01T25:61:61Z', '१९७०-०१-०१'),
    fc.constantFrom('+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z', '2027-01-01'),
    fc.constantFrom(0, -1, 1e15, 8.64e15 + 1, 1.5),
  );
}

export function booleanValue(): fc.Arbitrary<unknown> {
  return fc.boolean();
}

export function badBooleanValue(): fc.Arbitrary<unknown> {
  return fc.constantFrom('true', 0, 1, 'yes');
}

/** A value of the wrong JSON type for whatever was asked: the server must refuse it as input. */
export function wrongTypeValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant({}),
    fc.constant([]),
    fc.constant({ nested: { deeper: [null, { a: 1 }] } }),
    fc.constant([[['deep']]]),
    fc.string({ maxLength: 10 }),
  );
}
