import { Fieldset, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { MAX_BUDGET, needInputSchema } from '@principle-six/schema';
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
  return (
    <PostingForm
      what="need"
      schema={needInputSchema}
      toInput={toNeedInput}
      {...props}
      extraFields={(field) => (
        <Fieldset legend="Optional">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput label="Budget" min={0} max={MAX_BUDGET} allowDecimal={false} thousandSeparator="," {...field('budgetAmount')} />
            <TextInput label="Currency" maxLength={3} description="GBP unless you say" {...field('budgetCurrency')} />
            <Select label="Rather deal with" placeholder="Any kind of co-op" clearable data={COOP_TYPE_OPTIONS} {...field('preferredCoopType')} />
          </SimpleGrid>
        </Fieldset>
      )}
    />
  );
}
