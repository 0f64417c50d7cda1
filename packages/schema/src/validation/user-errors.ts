import type { z } from 'zod';

export interface FieldError {
  code: 'INVALID_INPUT';
  field: string | null;
  message: string;
}

/**
 * One error per field (the first zod found), named by its dotted path, for showing beside inputs.
 * `prefix` names the input field a schema for one part of the input was applied to.
 */
export function toFieldErrors(error: z.ZodError, prefix?: string): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    const path = [...(prefix ? [prefix] : []), ...issue.path.map(String)];
    const field = path.length ? path.join('.') : null;
    const key = field ?? '';
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ code: 'INVALID_INPUT', field, message: issue.message });
  }
  return errors;
}
