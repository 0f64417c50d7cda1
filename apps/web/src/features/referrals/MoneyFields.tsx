import { Group, NumberInput, TextInput } from '@mantine/core';
import { MAX_AMOUNT } from '@principle-six/schema';
import type { FieldProps } from './field-props';

/**
 * An amount in whole units and its currency, side by side; `path` is the form's name for the
 * money (value, estimatedValue), so errors for value.amount land on the amount.
 */
export function MoneyFields(props: { field: FieldProps; path: string; amountLabel: string; required?: boolean; autoFocus?: boolean }) {
  const { field, path } = props;
  return (
    <Group align="flex-start" grow wrap="nowrap">
      <NumberInput
        label={props.amountLabel}
        required={props.required}
        min={0}
        max={MAX_AMOUNT}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator=","
        data-autofocus={props.autoFocus || undefined}
        {...field(`${path}.amount`)}
      />
      <TextInput
        label="Currency"
        placeholder="GBP"
        required={props.required}
        maxLength={3}
        maw={140}
        {...field(`${path}.currency`)}
      />
    </Group>
  );
}
