import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ClaimFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatWhen } from './claim-labels';
import { RequestClaimReviewMutation } from './graphql';

/** Proof 3: a site administrator approves it, from the claimant's note saying who they are. */
export function ReviewProof({ claim }: { claim: ClaimFieldsFragment }) {
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
            You asked on {formatWhen(claim.reviewRequestedAt)}. A site administrator will approve or turn it down; your inbox will say which.
          </Alert>
        )}
        <Textarea
          label="Who are you at the co-op?"
          description="Your role, and how an administrator can check it (the register's number, a colleague to ask). At least 20 characters."
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError}
          autosize
          minRows={3}
          maxLength={2000}
        />
        <Button type="submit" w="fit-content" variant="light" loading={loading}>
          {claim.reviewRequestedAt ? 'Update your note' : 'Ask for approval'}
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
