import { badQueryInput } from '../errors/query-errors';

/**
 * A list field's `first`, 1 to max; anything else is a BAD_USER_INPUT error on `first`. Below 1
 * is refused rather than read as 1: the cost limit prices a list by `first`, so 0 would let a
 * costly operation through.
 */
export function listSize(first: number, max: number, noun: string): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badQueryInput({ code: 'INVALID_INPUT', field: 'first', message: `Ask for 1 to ${max} ${noun}.` });
  }
  return first;
}
