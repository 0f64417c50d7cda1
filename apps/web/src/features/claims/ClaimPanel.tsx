import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../../lib/errors';
import { useViewer } from '../accounts/useViewer';
import { CoopClaimStateQuery, StartClaimMutation } from './graphql';

/**
 * "Is this your co-op? Claim it" on the page of a co-op nobody runs yet (imported from a register,
 * or demo data): starts a claim, or leads back to the viewer's open one.
 */
export function ClaimPanel({ slug, name }: { slug: string; name: string }) {
  const { data } = useQuery(CoopClaimStateQuery, { variables: { slug } });
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const [start, { loading }] = useMutation(StartClaimMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const coop = data?.coop;
  if (!coop?.claimable) return null;

  const onClaim = async () => {
    setProblem(null);
    try {
      const { data: result } = await start({ variables: { coopId: coop.id } });
      const claim = result?.startClaim.claim;
      if (claim) void navigate(`/claims/${claim.id}`);
      else setProblem(result?.startClaim.errors[0]?.message ?? 'The claim could not be started just now.');
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  const here = `/coops/${slug}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="claim-heading">
      <Stack gap="xs">
        <Text id="claim-heading" fw={600}>
          Is this your co-op? Claim it
        </Text>
        <Text size="sm" c="dimmed">
          Nobody from {name} runs this profile yet: it was added from a public register (or as demo data). Claim it to write your pitch (why buy from you, who you
          want to talk to) and to post needs and offers. You prove you are from the co-op by email at its website&apos;s domain, by a code
          on its website, or by asking a site administrator.
        </Text>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group gap="xs">
          {coop.viewerClaim ? (
            <Button component={Link} to={`/claims/${coop.viewerClaim.id}`} leftSection={<IconKey size={16} aria-hidden />}>
              Continue your claim
            </Button>
          ) : viewer ? (
            <Button onClick={() => void onClaim()} loading={loading} leftSection={<IconKey size={16} aria-hidden />}>
              Claim this co-op
            </Button>
          ) : (
            <Button component={Link} to={`/sign-in?next=${encodeURIComponent(here)}`} leftSection={<IconKey size={16} aria-hidden />}>
              Sign in to claim it
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
