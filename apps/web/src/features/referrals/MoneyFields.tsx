import { Group, NumberInput, Select } from '@mantine/core';
import { MAX_AMOUNT } from '@principle-six/schema';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { currencyOptions } from './currencies';
import type { FieldProps } from './field-props';

/**
 * An amount in whole units and its currency, side by side; `path` is the form's name for the
 * money (value, estimatedValue), so errors for value.amount land on the amount. The currency is
 * chosen from the ISO 4217 list (type a code or a name to find one).
 */
export function MoneyFields(props: { field: FieldProps; path: string; amountLabel: string; required?: boolean; autoFocus?: boolean }) {
  const { field, path } = props;
  const { t } = useTranslation('referrals');
  const { locale } = useFormat();
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
      <Select
        label={t('money.currency')}
        required={props.required}
        searchable
        allowDeselect={false}
        data={currencyOptions(locale)}
        nothingFoundMessage={t('money.noCurrency')}
        maxDropdownHeight={240}
        comboboxProps={{ withinPortal: true }}
        {...field(`${path}.currency`)}
      />
    </Group>
  );
}
