import type { UseFormReturnType } from '@mantine/form';

/** An input's props from a (controlled) Mantine form, by the value's dotted name. */
export type FieldProps = (name: string) => ReturnType<UseFormReturnType<unknown>['getInputProps']>;

export function fieldProps<T>(form: UseFormReturnType<T>): FieldProps {
  return (name) => form.getInputProps(name);
}
