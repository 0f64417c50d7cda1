import { isId } from '../../errors/ids';

/** Opaque directory cursors: the (name, id) of the last co-op on a page. */
export function encodeCursor(name: string, id: string): string {
  return Buffer.from(JSON.stringify([name, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { name: string; id: string } | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      value.every((v) => typeof v === 'string' && !v.includes('\u0000')) &&
      isId(value[1] as string)
    ) {
      return { name: value[0] as string, id: value[1] as string };
    }
  } catch {
    // fall through: an unreadable cursor is answered like any other bad input
  }
  return null;
}
