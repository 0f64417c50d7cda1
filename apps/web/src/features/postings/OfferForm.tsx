import { Fieldset, Textarea } from '@mantine/core';
import { offerInputSchema } from '@principle-six/schema';
import { useTranslation } from 'react-i18next';
import type { ServerErrors } from '../../lib/form-errors';
import { toOfferInput, type OfferFormValues } from './posting-form-values';
import { PostingForm } from './PostingForm';

export function OfferForm(props: {
  initialValues: OfferFormValues;
  submitLabel: string;
  onSubmit: (values: OfferFormValues) => Promise<ServerErrors>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation('postings');
  return (
    <PostingForm
      what="offer"
      schema={offerInputSchema}
      toInput={toOfferInput}
      {...props}
      extraFields={(field) => (
        <Fieldset legend={t('form.optional')}>
          <Textarea
            label={t('form.coopTerms')}
            description={t('form.coopTermsHelp')}
            autosize
            minRows={2}
            {...field('coopTerms')}
          />
        </Fieldset>
      )}
    />
  );
}
