import { z } from 'zod';

const uuid = z.uuid();

/** Ids in this API are UUIDs; anything else cannot name a row and is answered as "not found". */
export function isId(value: string): boolean {
  return uuid.safeParse(value).success;
}
