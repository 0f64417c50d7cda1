import { useQuery } from '@apollo/client/react';
import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { useViewer } from '../accounts/useViewer';
import { CoopSummaryCard } from './CoopSummaryCard';
import { DirectoryQuery } from './graphql';

const PAGE_SIZE = 24;

/** The directory a page at a time; the page is in the URL (?after=cursor) so it can be shared. */
export function DirectoryPage() {
  const { t } = useTranslation('directory');
  usePageTitle(t('pageTitle'));
  const [params] = useSearchParams();
  const after = params.get('after');
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(DirectoryQuery, {
    variables: { first: PAGE_SIZE, after },
  });

  const connection = data?.coops;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('title')}</Title>
          <Text c="dimmed">
            {connection ? t('count', { count: connection.totalCount }) : t('intro')}
          </Text>
        </div>
        <Button
          component={Link}
          to={viewer ? '/coops/new' : '/sign-up?next=/coops/new'}
          leftSection={<IconPlus size={16} />}
        >
          {t('addCoop')}
        </Button>
      </Group>

      {loading && !data && <Loading label={t('loading')} />}
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      {connection && connection.edges.length === 0 && (
        <Stack align="flex-start" py="lg">
          <Text>{after ? t('noMore') : t('none')}</Text>
          <Button component={Link} to={after ? '/directory' : '/coops/new'} variant="light">
            {after ? t('backToFirst') : t('beFirst')}
          </Button>
        </Stack>
      )}
      {connection && connection.edges.length > 0 && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="section" aria-label={t('listLabel')}>
            {connection.edges.map(({ node }) => (
              <CoopSummaryCard key={node.id} coop={node} />
            ))}
          </SimpleGrid>
          <Group justify="space-between" component="nav" aria-label={t('pagesLabel')}>
            {after ? (
              <Button component={Link} to="/directory" variant="subtle">
                {t('firstPage')}
              </Button>
            ) : (
              <span />
            )}
            {connection.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
              <Button
                component={Link}
                to={`/directory?after=${encodeURIComponent(connection.pageInfo.endCursor)}`}
                rightSection={<IconArrowRight size={16} />}
                variant="light"
              >
                {t('nextPage')}
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
