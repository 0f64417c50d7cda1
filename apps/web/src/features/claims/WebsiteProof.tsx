import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ClaimFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { CLAIM_FILE_PATH } from './claim-labels';
import { CheckClaimWebsiteMutation } from './graphql';

/** Proof 2: the claim's token on the co-op's website, in a meta tag or a file; "Check now" looks. */
export function WebsiteProof({ claim }: { claim: ClaimFieldsFragment }) {
  const { t } = useTranslation('claims');
  const [problem, setProblem] = useState<string | null>(null);
  const [check, { loading }] = useMutation(CheckClaimWebsiteMutation);
  if (!claim.website || !claim.websiteToken) {
    return <Text size="sm">{t('websiteProof.noWebsite')}</Text>;
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
        <Trans
          t={t}
          i18nKey="websiteProof.putTag"
          shouldUnescape
          values={{ website: claim.website }}
          components={{ code: <Code />, strong: <strong /> }}
        />
      </Text>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Code block style={{ flex: 1, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid="claim-meta-tag">
          {meta}
        </Code>
        <CopyButton value={meta}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy}>
              {copied ? t('websiteProof.copied') : t('websiteProof.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm">
        <Trans
          t={t}
          i18nKey="websiteProof.orFile"
          values={{ path: CLAIM_FILE_PATH, token: claim.websiteToken }}
          components={{ code: <Code />, token: <Code data-testid="claim-token" /> }}
        />
      </Text>
      <Button w="fit-content" variant="light" onClick={() => void onCheck()} loading={loading}>
        {t('websiteProof.check')}
      </Button>
      {problem && (
        <Alert color="orange" role="alert">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
