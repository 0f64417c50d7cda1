import type { UseFormReturnType } from '@mantine/form';

export interface ServerError {
  field?: string | null;
  message: string;
}

/**
 * Puts the server's field errors beside their inputs and returns the messages that belong to no
 * field, for an alert above the form.
 */
export function applyServerErrors<T>(form: UseFormReturnType<T>, errors: readonly ServerError[]): string[] {
  const fieldErrors: Record<string, string> = {};
  const general: string[] = [];
  for (const error of errors) {
    // An item of a list (categoryCodes.1) is shown on the input that holds the list; an object's
    // field (area.placeName) keeps its whole path, as nested form values are named.
    const field = error.field?.replace(/(\.\d+)+$/, '');
    if (field && !(field in fieldErrors)) fieldErrors[field] = error.message;
    else if (!field) general.push(error.message);
  }
  form.setErrors(fieldErrors);
  return general;
}

export type ServerErrors = readonly ServerError[];
