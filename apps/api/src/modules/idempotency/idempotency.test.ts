import { fingerprintOf } from './idempotency';

describe('fingerprintOf', () => {
  it('is the same for the same arguments in any key order, with nulls and missing fields alike', () => {
    const a = fingerprintOf({ coopId: 'c', input: { title: 'T', area: { placeName: null, radiusKm: 5 }, budget: undefined } });
    const b = fingerprintOf({ input: { area: { radiusKm: 5 }, title: 'T' }, coopId: 'c' });
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads a date as its instant, as GraphQL hands DateTime arguments over', () => {
    const when = '2026-12-01T00:00:00.000Z';
    expect(fingerprintOf({ expiresAt: new Date(when) })).toBe(fingerprintOf({ expiresAt: when }));
  });

  it('differs when any value or the order of a list differs', () => {
    const base = { input: { title: 'T', categoryCodes: ['18', '62'] } };
    expect(fingerprintOf({ input: { ...base.input, title: 'U' } })).not.toBe(fingerprintOf(base));
    expect(fingerprintOf({ input: { ...base.input, categoryCodes: ['62', '18'] } })).not.toBe(fingerprintOf(base));
  });

  it('reads objects without a prototype, as graphql-js builds input objects', () => {
    const input = Object.assign(Object.create(null) as object, { title: 'T' });
    expect(fingerprintOf({ input })).toBe(fingerprintOf({ input: { title: 'T' } }));
  });
});
