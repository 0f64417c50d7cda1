import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDownload, IconSend } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { CoopReferralTabs } from './CoopReferralTabs';
import { GiverListingSwitch } from './GiverListingSwitch';
import { CoopReferralLedgerQuery } from './graphql';
import { LedgerCharts } from './LedgerCharts';
import { LedgerSummary } from './LedgerSummary';
import { ThankForBusinessButton } from './ThankForBusinessButton';

/**
 * /coops/:slug/referrals: the co-op's referral ledger. Its figures are public; its lists, the
 * download and the forms are for its members. Asked afresh on each visit, and again when an inbox
 * event arrives (useInboxEvents), so a referral received elsewhere shows up unasked.
 */
export function CoopReferralsPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CoopReferralLedgerQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const coop = data?.coop;
  usePageTitle(coop ? `Referrals · ${coop.name}` : 'Referrals');

  if (loading && !data) return <Loading label="Loading the referral ledger…" />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!coop) return <NotFoundPage what="co-op" />;
  const member = !!coop.viewerRole;
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
          <Text c="dimmed">
            {nothingYet
              ? 'No referrals or thanks yet.'
              : 'Business passed to and from other co-ops, and what came of it. Totals are public; the referrals themselves are for members.'}
          </Text>
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
      </Group>

      <LedgerSummary ledger={ledger} coopName={coop.name} />
      <Card withBorder padding="md">
        <LedgerCharts ledger={ledger} />
      </Card>
      {member ? (
        <CoopReferralTabs coop={coop} />
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
