import type { UseFormReturnType } from '@mantine/form';

export interface ServerError {
  field?: string | null;
  message: string;
}

/**
 * Puts the server's field errors beside their inputs and returns the messages that belong to no
 * field, for an alert above the form.
 */
export function applyServerErrors<T>(
  form: UseFormReturnType<T>,
  errors: readonly ServerError[],
  /** The fields the form has an input for; an error for any other (an id the form only carries) goes above it. */
  shownFields?: readonly string[],
): string[] {
  const fieldErrors: Record<string, string> = {};
  const general: string[] = [];
  for (const error of errors) {
    // An item of a list (categoryCodes.1) is shown on the input that holds the list; an object's
    // field (area.placeName) keeps its whole path, as nested form values are named.
    let field = error.field?.replace(/(\.\d+)+$/, '');
    if (field && shownFields && !shownFields.includes(field)) field = undefined;
    if (field && !(field in fieldErrors)) fieldErrors[field] = error.message;
    else if (!field) general.push(error.message);
  }
  form.setErrors(fieldErrors);
  return general;
}

export type ServerErrors = readonly ServerError[];
