import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { describeError } from '../../lib/errors';
import { RequestClaimReviewMutation } from './graphql';

/** Proof 3: a site administrator approves it, from the claimant's note saying who they are. */
export function ReviewProof({ claim }: { claim: ClaimFieldsFragment }) {
  const { t } = useTranslation('claims');
  const { formatDayAndTime } = useFormat();
  const [note, setNote] = useState(claim.reviewNote ?? '');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [request, { loading }] = useMutation(RequestClaimReviewMutation);
  const onRequest = async (event: React.FormEvent) => {
    event.preventDefault();
    setFieldError(null);
    setGeneralError(null);
    try {
      const { data } = await request({ variables: { input: { claimId: claim.id, note } } });
      const problem = data?.requestClaimReview.errors[0];
      if (problem?.field === 'note') setFieldError(problem.message);
      else if (problem) setGeneralError(problem.message);
    } catch (error) {
      setGeneralError(describeError(error));
    }
  };
  return (
    <form onSubmit={(e) => void onRequest(e)} noValidate>
      <Stack gap="xs">
        {claim.reviewRequestedAt && (
          <Alert color="blue" role="status">
            {t('reviewProof.asked', { date: formatDayAndTime(claim.reviewRequestedAt) })}
          </Alert>
        )}
        <Textarea
          label={t('reviewProof.label')}
          description={t('reviewProof.description')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError}
          autosize
          minRows={3}
          maxLength={2000}
        />
        <Button type="submit" w="fit-content" variant="light" loading={loading}>
          {claim.reviewRequestedAt ? t('reviewProof.update') : t('reviewProof.ask')}
        </Button>
        {generalError && (
          <Alert color="red" role="alert">
            {generalError}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
