import { decodeCursor, encodeCursor } from './cursor';

describe('directory cursors', () => {
  it('round-trip names with any characters', () => {
    const name = 'Café "Ünïcode" & Co, 100%';
    expect(decodeCursor(encodeCursor(name, 'id-1'))).toEqual({ name, id: 'id-1' });
  });

  it.each(['', 'not base64 at all!!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url')])(
    'refuse %j',
    (cursor) => {
      expect(decodeCursor(cursor)).toBeNull();
    },
  );
});
