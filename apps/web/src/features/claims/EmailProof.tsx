import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ClaimFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { formatWhen } from './claim-labels';
import { SendClaimEmailMutation } from './graphql';

/** Proof 1: a link mailed to an address at the co-op's website domain. */
export function EmailProof({ claim }: { claim: ClaimFieldsFragment }) {
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [send, { loading }] = useMutation(SendClaimEmailMutation);

  if (!claim.emailDomain) {
    return <Text size="sm">The profile has no website, so there is no domain to check an address against. Ask a site administrator instead.</Text>;
  }
  const onSend = async (event: React.FormEvent) => {
    event.preventDefault();
    setFieldError(null);
    setGeneralError(null);
    try {
      const { data } = await send({ variables: { input: { claimId: claim.id, email } } });
      const problem = data?.sendClaimEmail.errors[0];
      if (problem?.field === 'email') setFieldError(problem.message);
      else if (problem) setGeneralError(problem.message);
    } catch (error) {
      setGeneralError(describeError(error));
    }
  };
  return (
    <form onSubmit={(e) => void onSend(e)} noValidate>
      <Stack gap="xs">
        <Text size="sm">
          We mail a link to your address at <strong>{claim.emailDomain}</strong> (or any address under it, like you@office.{claim.emailDomain}
          ). Open it while signed in as you are now.
        </Text>
        {claim.emailSentTo && claim.emailExpiresAt && (
          <Alert color="blue" role="status">
            A link went to {claim.emailSentTo}. It works until {formatWhen(claim.emailExpiresAt)}.
          </Alert>
        )}
        <Group align="flex-start" gap="xs" wrap="wrap">
          <TextInput
            label="Your address at the co-op"
            placeholder={`you@${claim.emailDomain}`}
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError}
            style={{ flex: '1 1 240px' }}
          />
          <Button type="submit" loading={loading} mt={25}>
            {claim.emailSentTo ? 'Send another link' : 'Send the link'}
          </Button>
        </Group>
        {generalError && (
          <Alert color="red" role="alert">
            {generalError}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
