import { Fieldset, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { MAX_BUDGET, needInputSchema } from '@principle-six/schema';
import { useTranslation } from 'react-i18next';
import { numberFormat } from '../../i18n/format';
import { useFormat } from '../../i18n/useFormat';
import type { ServerErrors } from '../../lib/form-errors';
import { COOP_TYPE_OPTIONS } from '../coops/options';
import { toNeedInput, type NeedFormValues } from './posting-form-values';
import { PostingForm } from './PostingForm';

export function NeedForm(props: {
  initialValues: NeedFormValues;
  submitLabel: string;
  onSubmit: (values: NeedFormValues) => Promise<ServerErrors>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('postings');
  const { locale } = useFormat();
  // The budget is grouped as the language shown groups thousands.
  const thousandSeparator = numberFormat(locale).formatToParts(1_000_000).find((part) => part.type === 'group')?.value ?? ',';
  return (
    <PostingForm
      what="need"
      schema={needInputSchema}
      toInput={toNeedInput}
      {...props}
      extraFields={(field) => (
        <Fieldset legend={t('form.optional')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput
              label={t('form.budget')}
              min={0}
              max={MAX_BUDGET}
              allowDecimal={false}
              thousandSeparator={thousandSeparator}
              {...field('budgetAmount')}
            />
            <TextInput label={t('form.currency')} maxLength={3} description={t('form.currencyHelp')} {...field('budgetCurrency')} />
            <Select
              label={t('form.ratherDealWith')}
              placeholder={t('form.anyKind')}
              clearable
              data={COOP_TYPE_OPTIONS}
              {...field('preferredCoopType')}
            />
          </SimpleGrid>
        </Fieldset>
      )}
    />
  );
}
