import { useQuery } from '@apollo/client/react';
import { Button, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
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
  usePageTitle('For you');
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
        <Title order={1}>For you</Title>
        <Text>Matches are made for co-ops. Add yours, or ask a colleague to invite you to it.</Text>
        <Button component={Link} to="/coops/new" leftSection={<IconPlus size={16} />}>
          Add your co-op
        </Button>
      </Stack>
    );
  }
  const forYou = data?.forYou;

  return (
    <Stack gap="lg" px={{ base: 'xs', sm: 0 }}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>For {chosen.coop.name}</Title>
          <Text c="dimmed">Needs your co-op could meet, and who could meet yours. Newest first.</Text>
        </div>
        {memberships.length > 1 && (
          <Select
            label="Co-op"
            allowDeselect={false}
            value={chosen.coop.slug}
            data={memberships.map((m) => ({ value: m.coop.slug, label: m.coop.name }))}
            onChange={(slug) => slug && setParams({ coop: slug })}
          />
        )}
      </Group>
      <Group gap="xs">
        <Button component={Link} to={`/coops/${chosen.coop.slug}/needs/new`} variant="light" leftSection={<IconPlus size={16} />}>
          Post a need
        </Button>
        <Button component={Link} to={`/coops/${chosen.coop.slug}/offers/new`} variant="light" leftSection={<IconPlus size={16} />}>
          Post an offer
        </Button>
      </Group>

      {loading && !data && <Loading label="Looking for matches…" />}
      {error && !data && <LoadError error={error} onRetry={() => void refetch()} />}
      {forYou && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="sm" component="section" aria-labelledby="needs-for-you">
            <Title order={2} size="h3" id="needs-for-you">
              Needs you could meet
            </Title>
            {forYou.needsForYou.length === 0 ? (
              <Text c="dimmed">
                No open need fits your offers or profile yet. An offer with clear words and categories is matched against every new need.
              </Text>
            ) : (
              forYou.needsForYou.map((match) => (
                <MatchCard
                  key={match.id}
                  match={match}
                  otherCoop={match.need.coop}
                  title={<Link to={`/needs/${match.need.id}`}>{match.need.title}</Link>}
                  detail={
                    <Text size="sm" c="dimmed">
                      {describeArea(match.need.area)} · fits {match.offer ? `your offer “${match.offer.title}”` : 'your profile'}
                    </Text>
                  }
                />
              ))
            )}
          </Stack>
          <Stack gap="sm" component="section" aria-labelledby="for-your-needs">
            <Title order={2} size="h3" id="for-your-needs">
              Who could meet your needs
            </Title>
            {forYou.matchesForYourNeeds.length === 0 ? (
              <Text c="dimmed">Post a need and the co-ops and offers that fit it appear here.</Text>
            ) : (
              forYou.matchesForYourNeeds.map((match) => (
                <MatchCard
                  key={match.id}
                  match={match}
                  otherCoop={match.provider}
                  referInternally={{ needId: match.need.id }}
                  title={match.offer ? match.offer.title : `${match.provider.name} (from its profile)`}
                  detail={
                    <Text size="sm" c="dimmed">
                      For your need <Link to={`/needs/${match.need.id}`}>{match.need.title}</Link>
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
