import { useQuery } from '@apollo/client/react';
import { Button, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { useViewer } from '../accounts/useViewer';
import { describeArea } from '../postings/labels';
import { ForYouQuery } from './graphql';
import { MatchCard } from './MatchCard';

/**
 * /for-you?coop=slug: what the network found for one of the person's co-ops, newest first. It is
 * refreshed live when an inbox event arrives (see InboxBell), so a new match appears unasked.
 */
export function ForYouPage() {
  return (
    <RequireSignIn>
      <ForYou />
    </RequireSignIn>
  );
}

function ForYou() {
  const { t } = useTranslation('matching');
  // Areas are described in the postings' words, as on a need's own page.
  const { t: tPostings } = useTranslation('postings');
  usePageTitle(t('forYou.title'));
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const memberships = viewer?.memberships ?? [];
  const chosen = memberships.find((m) => m.coop.slug === params.get('coop')) ?? memberships[0];
  const { data, loading, error, refetch } = useQuery(ForYouQuery, {
    variables: { coopId: chosen?.coop.id ?? '' },
    skip: !chosen,
  });

  if (!chosen) {
    return (
      <Stack align="flex-start">
        <Title order={1}>{t('forYou.title')}</Title>
        <Text>{t('forYou.noCoop')}</Text>
        <Button component={Link} to="/coops/new" leftSection={<IconPlus size={16} />}>
          {t('forYou.addCoop')}
        </Button>
      </Stack>
    );
  }
  const forYou = data?.forYou;

  return (
    <Stack gap="lg" px={{ base: 'xs', sm: 0 }}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('forYou.heading', { coop: chosen.coop.name })}</Title>
          <Text c="dimmed">{t('forYou.intro')}</Text>
        </div>
        {memberships.length > 1 && (
          <Select
            label={t('forYou.coop')}
            allowDeselect={false}
            value={chosen.coop.slug}
            data={memberships.map((m) => ({ value: m.coop.slug, label: m.coop.name }))}
            onChange={(slug) => slug && setParams({ coop: slug })}
          />
        )}
      </Group>
      <Group gap="xs">
        <Button component={Link} to={`/coops/${chosen.coop.slug}/needs/new`} variant="light" leftSection={<IconPlus size={16} />}>
          {t('forYou.postNeed')}
        </Button>
        <Button component={Link} to={`/coops/${chosen.coop.slug}/offers/new`} variant="light" leftSection={<IconPlus size={16} />}>
          {t('forYou.postOffer')}
        </Button>
      </Group>

      {loading && !data && <Loading label={t('forYou.loading')} />}
      {error && !data && <LoadError error={error} onRetry={() => void refetch()} />}
      {forYou && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="sm" component="section" aria-labelledby="needs-for-you">
            <Title order={2} size="h3" id="needs-for-you">
              {t('forYou.needsHeading')}
            </Title>
            {forYou.needsForYou.length === 0 ? (
              <Text c="dimmed">{t('forYou.noNeeds')}</Text>
            ) : (
              forYou.needsForYou.map((match) => (
                <MatchCard
                  key={match.id}
                  match={match}
                  otherCoop={match.need.coop}
                  title={<Link to={`/needs/${match.need.id}`}>{match.need.title}</Link>}
                  detail={
                    <Text size="sm" c="dimmed">
                      {match.offer
                        ? t('forYou.fitsOffer', { area: describeArea(tPostings, match.need.area), offer: match.offer.title })
                        : t('forYou.fitsProfile', { area: describeArea(tPostings, match.need.area) })}
                    </Text>
                  }
                />
              ))
            )}
          </Stack>
          <Stack gap="sm" component="section" aria-labelledby="for-your-needs">
            <Title order={2} size="h3" id="for-your-needs">
              {t('forYou.matchesHeading')}
            </Title>
            {forYou.matchesForYourNeeds.length === 0 ? (
              <Text c="dimmed">{t('forYou.noMatches')}</Text>
            ) : (
              forYou.matchesForYourNeeds.map((match) => (
                <MatchCard
                  key={match.id}
                  match={match}
                  otherCoop={match.provider}
                  referInternally={{ needId: match.need.id }}
                  title={match.offer ? match.offer.title : t('forYou.fromProfile', { coop: match.provider.name })}
                  detail={
                    <Text size="sm" c="dimmed">
                      <Trans
                        t={t}
                        i18nKey="forYou.forNeed"
                        values={{ need: match.need.title }}
                        components={{ need: <Link to={`/needs/${match.need.id}`} /> }}
                      />
                    </Text>
                  }
                />
              ))
            )}
          </Stack>
        </SimpleGrid>
      )}
    </Stack>
  );
}
