import type { Result } from '../errors/user-errors';

/** Turns a service result into a mutation payload: `{ [key]: value, errors: [] }` or `{ [key]: null, errors }`. */
export function payload<K extends string, T>(key: K, result: Result<T>) {
  return (result.ok ? { [key]: result.value, errors: [] } : { [key]: null, errors: result.errors }) as {
    [P in K]: T | null;
  } & { errors: Extract<Result<T>, { ok: false }>['errors'] };
}
