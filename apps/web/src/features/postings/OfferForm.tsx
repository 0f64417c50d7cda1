import { Fieldset, Textarea } from '@mantine/core';
import { offerInputSchema } from '@principle-six/schema';
import type { ServerErrors } from '../../lib/form-errors';
import { toOfferInput, type OfferFormValues } from './posting-form-values';
import { PostingForm } from './PostingForm';

export function OfferForm(props: {
  initialValues: OfferFormValues;
  submitLabel: string;
  onSubmit: (values: OfferFormValues) => Promise<ServerErrors>;
  onCancel?: () => void;
}) {
  return (
    <PostingForm
      what="offer"
      schema={offerInputSchema}
      toInput={toOfferInput}
      {...props}
      extraFields={(field) => (
        <Fieldset legend="Optional">
          <Textarea
            label="Terms for co-ops"
            description="A discount or anything else you do for fellow co-ops."
            autosize
            minRows={2}
            {...field('coopTerms')}
          />
        </Fieldset>
      )}
    />
  );
}
