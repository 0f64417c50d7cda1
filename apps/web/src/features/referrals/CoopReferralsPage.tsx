import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDownload, IconSend } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { useViewer } from '../accounts/useViewer';
import { CoopReferralTabs, defaultReferralTab } from './CoopReferralTabs';
import { GiverListingSwitch } from './GiverListingSwitch';
import { CoopReferralLedgerQuery } from './graphql';
import { LedgerCharts } from './LedgerCharts';
import { LedgerSummary } from './LedgerSummary';
import { referLink } from './refer-link';
import { ThankForBusinessButton } from './ThankForBusinessButton';

/**
 * /coops/:slug/referrals: the co-op's referral ledger. Its figures are public; its lists, the
 * download and the forms are for its members, and others who could refer business to it are
 * offered the way to. Asked afresh on each visit, and again when an inbox event arrives
 * (useInboxEvents), so a referral received elsewhere shows up unasked.
 */
export function CoopReferralsPage() {
  const { slug = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(CoopReferralLedgerQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const coop = data?.coop;
  usePageTitle(coop ? `Referrals · ${coop.name}` : 'Referrals');

  if (loading && !data) return <Loading label="Loading the referral ledger…" />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!coop) return <NotFoundPage what="coop" />;
  const member = !!coop.viewerRole;
  // As on the co-op's page: someone with a co-op of their own, not a member of this one.
  const canRefer = !member && !!viewer && viewer.memberships.length > 0 && !viewer.memberships.some((m) => m.coop.id === coop.id);
  const ledger = coop.referralLedger;
  const nothingYet = ledger.given.total === 0 && ledger.received.total === 0 && ledger.valueGiven.length === 0 && ledger.valueReceived.length === 0;

  return (
    <Stack gap="lg" px={{ base: 'xs', sm: 0 }}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Anchor component={Link} to={`/coops/${coop.slug}`} size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} aria-hidden />
              {coop.name}
            </Group>
          </Anchor>
          <Title order={1}>{member ? `${coop.name}: referrals` : `${coop.name}: referral record`}</Title>
          {!nothingYet && (
            <Text c="dimmed">
              Business passed to and from other co-ops, and what came of it. Totals are public; the referrals themselves are for
              members.
            </Text>
          )}
        </Stack>
        {member && (
          <Group gap="xs">
            <Button component={Link} to={`/referrals/new?from=${encodeURIComponent(coop.id)}`} leftSection={<IconSend size={16} />}>
              Pass a referral
            </Button>
            <ThankForBusinessButton coop={coop} />
            <Button
              component="a"
              href={`/exports/coops/${encodeURIComponent(coop.id)}/referrals.csv`}
              download
              variant="default"
              leftSection={<IconDownload size={16} />}
            >
              Download CSV
            </Button>
          </Group>
        )}
        {canRefer && (
          <Button component={Link} {...referLink({ to: coop })} leftSection={<IconSend size={16} />}>
            Refer business to them
          </Button>
        )}
      </Group>

      {nothingYet ? (
        <Card withBorder padding="lg" component="section" aria-label="No referrals yet">
          <Stack gap="xs" align="flex-start">
            <Text fw={600}>No referrals yet</Text>
            <Text c="dimmed" size="sm">
              {member
                ? 'No referrals yet — pass one from a co-op’s page. Its figures and charts appear here once referrals are passed or received.'
                : `${coop.name} has not passed or received a referral yet.`}
            </Text>
            {member && (
              <Button component={Link} to="/directory" variant="light" size="xs">
                Find a co-op to refer business to
              </Button>
            )}
          </Stack>
        </Card>
      ) : (
        <>
          <LedgerSummary ledger={ledger} coopName={coop.name} outsider={!member} />
          <Card withBorder padding="md">
            <LedgerCharts ledger={ledger} outsider={!member} />
          </Card>
        </>
      )}
      {member ? (
        <CoopReferralTabs coop={coop} defaultTab={defaultReferralTab(ledger)} />
      ) : (
        <Text c="dimmed">The referrals themselves, who they were for and how they went, are seen by the co-ops involved only.</Text>
      )}
      {coop.viewerRole === 'OWNER' && (
        <Card withBorder padding="md">
          <GiverListingSwitch coop={coop} />
        </Card>
      )}
    </Stack>
  );
}
