import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ClaimFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { CLAIM_FILE_PATH } from './claim-labels';
import { CheckClaimWebsiteMutation } from './graphql';

/** Proof 2: the claim's token on the co-op's website, in a meta tag or a file; "Check now" looks. */
export function WebsiteProof({ claim }: { claim: ClaimFieldsFragment }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [check, { loading }] = useMutation(CheckClaimWebsiteMutation);
  if (!claim.website || !claim.websiteToken) {
    return <Text size="sm">The profile has no website to look at. Prove it by email or ask a site administrator instead.</Text>;
  }
  const meta = `<meta name="principle-six-claim" content="${claim.websiteToken}">`;
  const onCheck = async () => {
    setProblem(null);
    try {
      const { data } = await check({ variables: { claimId: claim.id } });
      setProblem(data?.checkClaimWebsite.errors[0]?.message ?? null);
    } catch (error) {
      setProblem(describeError(error));
    }
  };
  return (
    <Stack gap="xs">
      <Text size="sm">
        Put this tag in the <Code>&lt;head&gt;</Code> of the home page of <strong>{claim.website}</strong>:
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code block style={{ flex: 1, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid="claim-meta-tag">
          {meta}
        </Code>
        <CopyButton value={meta}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm">
        Or make a file at <Code>{CLAIM_FILE_PATH}</Code> holding just the code <Code data-testid="claim-token">{claim.websiteToken}</Code>. Then:
      </Text>
      <Button w="fit-content" variant="light" onClick={() => void onCheck()} loading={loading}>
        Check now
      </Button>
      {problem && (
        <Alert color="orange" role="alert">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
