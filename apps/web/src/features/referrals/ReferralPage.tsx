import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('referrals');
  return (
    <RequireSignIn reason={t('referral.signIn')}>
      <Referral />
    </RequireSignIn>
  );
}

function Referral() {
  const { id = '' } = useParams();
  const { t } = useTranslation('referrals');
  const { data, loading, error, refetch } = useQuery(ReferralQuery, { variables: { id } });
  const referral = data?.referral;
  usePageTitle(referral ? t('referral.titleTo', { coop: referral.to.name }) : t('referral.title'));

  if (loading && !data) return <Loading label={t('referral.loading')} />;
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
              {t('referral.history')}
            </Title>
            <ReferralTimeline history={referral.history} />
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

function NotYours() {
  const { t } = useTranslation('referrals');
  const { viewer } = useViewer();
  const first = viewer?.memberships[0]?.coop;
  return (
    <Stack align="flex-start" py="xl">
      <Title order={1}>{t('referral.notYours.title')}</Title>
      <Text c="dimmed">{t('referral.notYours.body')}</Text>
      {first ? (
        <Button component={Link} to={`/coops/${first.slug}/referrals`}>
          {t('referral.notYours.coopReferrals')}
        </Button>
      ) : (
        <Anchor component={Link} to="/directory">
          {t('referral.notYours.directory')}
        </Anchor>
      )}
    </Stack>
  );
}
