import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDownload, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('referrals');
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(CoopReferralLedgerQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const coop = data?.coop;
  usePageTitle(coop ? t('coopPage.pageTitle', { coop: coop.name }) : t('home.title'));

  if (loading && !data) return <Loading label={t('coopPage.loading')} />;
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
          <Title order={1}>{member ? t('coopPage.title.member', { coop: coop.name }) : t('coopPage.title.outsider', { coop: coop.name })}</Title>
          {!nothingYet && (
            <Text c="dimmed">{t('coopPage.intro')}</Text>
          )}
        </Stack>
        {member && (
          <Group gap="xs">
            <Button component={Link} to={`/referrals/new?from=${encodeURIComponent(coop.id)}`} leftSection={<IconSend size={16} />}>
              {t('passReferral')}
            </Button>
            <ThankForBusinessButton coop={coop} />
            <Button
              component="a"
              href={`/exports/coops/${encodeURIComponent(coop.id)}/referrals.csv`}
              download
              variant="default"
              leftSection={<IconDownload size={16} />}
            >
              {t('coopPage.downloadCsv')}
            </Button>
          </Group>
        )}
        {canRefer && (
          <Button component={Link} {...referLink({ to: coop })} leftSection={<IconSend size={16} />}>
            {t('coopPage.refer')}
          </Button>
        )}
      </Group>

      {nothingYet ? (
        <Card withBorder padding="lg" component="section" aria-label={t('coopPage.empty.title')}>
          <Stack gap="xs" align="flex-start">
            <Text fw={600}>{t('coopPage.empty.title')}</Text>
            <Text c="dimmed" size="sm">
              {member ? t('coopPage.empty.member') : t('coopPage.empty.outsider', { coop: coop.name })}
            </Text>
            {member && (
              <Button component={Link} to="/directory" variant="light" size="xs">
                {t('coopPage.empty.find')}
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
        <Text c="dimmed">{t('coopPage.private')}</Text>
      )}
      {coop.viewerRole === 'OWNER' && (
        <Card withBorder padding="md">
          <GiverListingSwitch coop={coop} />
        </Card>
      )}
    </Stack>
  );
}
