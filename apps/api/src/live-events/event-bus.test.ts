import { MAX_PAYLOAD_BYTES, envelope, openEnvelope } from './event-bus';
import { MemoryEventBus } from './memory-bus';

describe('live-events envelopes', () => {
  it('carries a key and a message, and opens again', () => {
    expect(openEnvelope(envelope('inbox', 'user-1', 'note-2'))).toEqual({ key: 'user-1', message: 'note-2' });
  });

  it('refuses what NOTIFY would refuse, or what is not an id', () => {
    expect(() => envelope('inbox', 'user-1', 'x'.repeat(MAX_PAYLOAD_BYTES))).toThrow(/over the 7999-byte limit/);
    // Bytes, not characters: 4000 two-byte letters are 8000 bytes.
    expect(() => envelope('inbox', 'u', 'é'.repeat(4000))).toThrow(/limit/);
    expect(() => envelope('inbox', 'two words', 'x')).toThrow(/no spaces/);
    expect(() => envelope('inbox', 'user-1', '')).toThrow(/empty/);
    expect(() => envelope('other' as 'inbox', 'user-1', 'x')).toThrow(/Unknown/);
  });

  it('ignores payloads that are not ours', () => {
    expect(openEnvelope(undefined)).toBeNull();
    expect(openEnvelope('nospace')).toBeNull();
    expect(openEnvelope(' leading')).toBeNull();
    expect(openEnvelope('trailing ')).toBeNull();
  });
});

describe('the in-memory bus', () => {
  it('delivers to the subscribers of the key only, and counts them', async () => {
    const bus = new MemoryEventBus();
    const mine = bus.subscribe('inbox', 'a');
    const other = bus.subscribe('inbox', 'b');
    expect(bus.listening('inbox', 'a')).toBe(1);
    const next = mine.next();
    await bus.publish('inbox', 'a', 'n1');
    await expect(next).resolves.toEqual({ value: 'n1', done: false });
    const pending = Promise.race([other.next(), new Promise((resolve) => setTimeout(() => resolve('nothing'), 50))]);
    await expect(pending).resolves.toBe('nothing');
    await mine.return!();
    await other.return!();
    expect(bus.listening('inbox', 'a')).toBe(0);
  });

  it('refuses a message too large for PostgreSQL, as the cross-process bus does', async () => {
    await expect(new MemoryEventBus().publish('pitch_rounds', 'm', 'x'.repeat(8000))).rejects.toThrow(/limit/);
  });
});
