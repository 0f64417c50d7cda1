import { decodeCursor, encodeCursor } from './cursor';

describe('directory cursors', () => {
  it('round-trip names with any characters', () => {
    const name = 'Café "Ünïcode" & Co, 100%';
    const id = '3f1c2b8e-0c4d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(decodeCursor(encodeCursor(name, id))).toEqual({ name, id });
  });

  it.each(['', 'not base64 at all!!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url'), Buffer.from('["a","not-a-uuid"]').toString('base64url')])(
    'refuse %j',
    (cursor) => {
      expect(decodeCursor(cursor)).toBeNull();
    },
  );
});
