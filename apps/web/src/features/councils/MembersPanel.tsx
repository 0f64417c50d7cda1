import { useQuery } from '@apollo/client/react';
import { Anchor, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, LoadError } from '../../lib/QueryState';
import { CouncilMembersQuery } from './graphql';

const ResultsMap = lazy(() => import('../search/ResultsMap'));

/** A page of members: 500, so that the map shows a whole council of any usual size at once. */
const PAGE = 500;

/** The member co-ops on a list and a map. */
export function MembersPanel({ slug, memberCount, organiser }: { slug: string; memberCount: number; organiser: boolean }) {
  const { t } = useTranslation('councils');
  const { data, loading, error, refetch, fetchMore } = useQuery(CouncilMembersQuery, { variables: { slug, first: PAGE } });
  if (loading && !data) return <Loading label={t('members.loading')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const members = data?.council?.members.edges.map((e) => e.node) ?? [];
  if (members.length === 0) {
    return (
      <Text c="dimmed">
        {organiser ? (
          <Trans
            t={t}
            i18nKey="members.noneOrganiser"
            components={{
              requests: <Anchor component={Link} to={`/councils/${slug}?tab=requests`} />,
              list: <Anchor component={Link} to={`/councils/${slug}?tab=import`} />,
            }}
          />
        ) : (
          t('members.none')
        )}
      </Text>
    );
  }
  const hits = members.map((m) => ({ id: m.coop.id, slug: m.coop.slug, name: m.coop.name, latitude: m.coop.latitude, longitude: m.coop.longitude, placeName: m.placeName }));
  return (
    <Stack>
      <Suspense fallback={<Loading label={t('members.loadingMap')} />}>
        <ResultsMap hits={hits} centre={null} />
      </Suspense>
      <Text size="sm" c="dimmed">
        {t('memberCoops', { count: memberCount })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {members.map((m) => (
          <li key={m.coop.id}>
            <Anchor component={Link} to={`/coops/${m.coop.slug}`}>
              {m.coop.name}
            </Anchor>
            <Text span size="sm" c="dimmed">
              {' '}
              · {m.placeName}
            </Text>
          </li>
        ))}
      </SimpleGrid>
      {data?.council?.members.pageInfo.hasNextPage && (
        <Button variant="light" w="fit-content" onClick={() => void fetchMore({ variables: { after: data.council!.members.pageInfo.endCursor } })}>
          {t('members.more')}
        </Button>
      )}
    </Stack>
  );
}
