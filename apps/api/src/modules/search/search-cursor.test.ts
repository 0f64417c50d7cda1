import { decodeSearchCursor, encodeSearchCursor } from './search-cursor';

const id = '0b9c7c56-4c8e-4a8e-9b1e-3f1f2f0a9d11';

describe('search cursors', () => {
  it('round-trip each sort exactly, including scores that are not round numbers', () => {
    for (const cursor of [
      { sort: 'RELEVANCE' as const, score: 0.0607927106320858, id },
      { sort: 'DISTANCE' as const, distance: 12.345678901234, id },
      { sort: 'NEWEST' as const, createdAt: '2026-11-23T18:00:00.000Z', id },
    ]) {
      expect(decodeSearchCursor(encodeSearchCursor(cursor), cursor.sort)).toEqual(cursor);
    }
  });

  it('refuse a cursor of another sort, a forged one and garbage', () => {
    const relevance = encodeSearchCursor({ sort: 'RELEVANCE', score: 1, id });
    expect(decodeSearchCursor(relevance, 'NEWEST')).toBeNull();
    expect(decodeSearchCursor(Buffer.from(JSON.stringify(['RELEVANCE', 1, "x' OR 1=1"])).toString('base64url'), 'RELEVANCE')).toBeNull();
    expect(decodeSearchCursor(Buffer.from(JSON.stringify(['NEWEST', 'yesterday', id])).toString('base64url'), 'NEWEST')).toBeNull();
    expect(decodeSearchCursor('%%%not base64', 'RELEVANCE')).toBeNull();
  });
});
