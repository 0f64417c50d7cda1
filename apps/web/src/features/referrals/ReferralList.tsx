import { useQuery } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralStage } from '../../gql/graphql';
import { Loading, LoadError } from '../../lib/QueryState';
import { ReferralsGivenQuery, ReferralsReceivedQuery } from './graphql';
import { ReferralRow } from './ReferralRow';

const PAGE_SIZE = 20;

/** A co-op's referrals on one side, newest first, a page at a time. */
export function ReferralList({ slug, side, stages }: { slug: string; side: 'given' | 'received'; stages: ReferralStage[] }) {
  const { t } = useTranslation('referrals');
  const variables = { slug, first: PAGE_SIZE, after: null, stages: stages.length ? stages : null };
  // Both are declared so hooks keep their order; only the side shown is asked for.
  const given = useQuery(ReferralsGivenQuery, { variables, skip: side !== 'given', fetchPolicy: 'cache-and-network' });
  const received = useQuery(ReferralsReceivedQuery, { variables, skip: side !== 'received', fetchPolicy: 'cache-and-network' });
  const query = side === 'given' ? given : received;
  const connection = side === 'given' ? given.data?.coop?.referralsGiven : received.data?.coop?.referralsReceived;

  if (query.loading && !query.data) return <Loading label={t('list.loading')} />;
  if (query.error && !query.data) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (!connection) return null;
  if (connection.edges.length === 0) {
    return (
      <Text c="dimmed" py="md">
        {stages.length ? t('list.noneAtStages') : side === 'given' ? t('list.noneGiven') : t('list.noneReceived')}
      </Text>
    );
  }

  return (
    <Stack gap="xs">
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={side === 'given' ? t('list.given') : t('list.received')}>
        {connection.edges.map(({ node }) => (
          <li key={node.id}>
            <ReferralRow referral={node} side={side} />
          </li>
        ))}
      </Stack>
      {connection.pageInfo.hasNextPage && (
        <Button
          variant="subtle"
          loading={query.loading}
          onClick={() => void query.fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        >
          {t('loadMore')}
        </Button>
      )}
    </Stack>
  );
}
