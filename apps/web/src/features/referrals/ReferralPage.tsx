import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { useViewer } from '../accounts/useViewer';
import { ReferralQuery } from './graphql';
import { ProspectCard } from './ProspectCard';
import { ReferralActions } from './ReferralActions';
import { ReferralFacts } from './ReferralFacts';
import { ReferralHeader } from './ReferralHeader';
import { ReferralTimeline } from './ReferralTimeline';

/** /referrals/:id: one referral, for members of its two co-ops. */
export function ReferralPage() {
  return (
    <RequireSignIn reason="Sign in to see this referral: it is seen by members of the two co-ops only.">
      <Referral />
    </RequireSignIn>
  );
}

function Referral() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ReferralQuery, { variables: { id } });
  const referral = data?.referral;
  usePageTitle(referral ? `Referral to ${referral.to.name}` : 'Referral');

  if (loading && !data) return <Loading label="Loading the referral…" />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!referral) return <NotYours />;

  return (
    <Stack gap="lg" maw={960} px={{ base: 'xs', sm: 0 }}>
      <ReferralHeader referral={referral} />
      <ReferralActions referral={referral} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="lg">
          <ReferralFacts referral={referral} />
          <ProspectCard referral={referral} />
        </Stack>
        <Card withBorder padding="md" component="section" aria-labelledby="history-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="history-heading">
              How it went
            </Title>
            <ReferralTimeline history={referral.history} />
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

function NotYours() {
  const { viewer } = useViewer();
  const first = viewer?.memberships[0]?.coop;
  return (
    <Stack align="flex-start" py="xl">
      <Title order={1}>Referral not found, or not yours</Title>
      <Text c="dimmed">
        A referral is seen by members of the co-op that passed it and the co-op it went to. The link may be mistyped, or you may be
        signed in as someone else.
      </Text>
      {first ? (
        <Button component={Link} to={`/coops/${first.slug}/referrals`}>
          Your co-op’s referrals
        </Button>
      ) : (
        <Anchor component={Link} to="/directory">
          Go to the directory
        </Anchor>
      )}
    </Stack>
  );
}
