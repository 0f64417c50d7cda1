import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CoopClaimStateQuery as CoopClaimState } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { useViewer } from '../accounts/useViewer';
import { CoopClaimStateQuery, StartClaimMutation } from './graphql';

/**
 * "Is this your co-op? Claim it" on the page of a co-op nobody runs yet (imported from a register,
 * or demo data): starts a claim, or leads back to the viewer's open one.
 */
export function ClaimPanel({ slug, name }: { slug: string; name: string }) {
  const { data } = useQuery(CoopClaimStateQuery, { variables: { slug } });
  const coop = data?.coop;
  // The panel's words load only for a co-op that can be claimed.
  return coop?.claimable ? <Panel slug={slug} name={name} coop={coop} /> : null;
}

function Panel({ slug, name, coop }: { slug: string; name: string; coop: NonNullable<CoopClaimState['coop']> }) {
  const { t } = useTranslation('claims');
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const [start, { loading }] = useMutation(StartClaimMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const onClaim = async () => {
    setProblem(null);
    try {
      const { data: result } = await start({ variables: { coopId: coop.id } });
      const claim = result?.startClaim.claim;
      if (claim) void navigate(`/claims/${claim.id}`);
      else setProblem(result?.startClaim.errors[0]?.message ?? t('claimPanel.notStarted'));
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  const here = `/coops/${slug}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="claim-heading">
      <Stack gap="xs">
        <Text id="claim-heading" fw={600}>
          {t('claimPanel.heading')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('claimPanel.body', { name })}
        </Text>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group gap="xs">
          {coop.viewerClaim ? (
            <Button component={Link} to={`/claims/${coop.viewerClaim.id}`} leftSection={<IconKey size={16} aria-hidden />}>
              {t('claimPanel.continue')}
            </Button>
          ) : viewer ? (
            <Button onClick={() => void onClaim()} loading={loading} leftSection={<IconKey size={16} aria-hidden />}>
              {t('claimPanel.claim')}
            </Button>
          ) : (
            <Button component={Link} to={`/sign-in?next=${encodeURIComponent(here)}`} leftSection={<IconKey size={16} aria-hidden />}>
              {t('claimPanel.signInToClaim')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
