import type { ErrorCode, UserError } from '../generated/resolvers';

/** What a service answers: a value, or the errors a person can act on. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (...errors: UserError[]): { ok: false; errors: UserError[] } => ({
  ok: false,
  errors,
});

const error =
  (code: ErrorCode) =>
  (message: string, field: string | null = null): UserError => ({ code, field, message });

export const invalidInput = error('INVALID_INPUT');
export const unauthenticated = (message = 'Sign in to do this.') => error('UNAUTHENTICATED')(message);
export const forbidden = error('FORBIDDEN');
export const notFound = error('NOT_FOUND');
export const conflict = error('CONFLICT');
export const expired = error('EXPIRED');
