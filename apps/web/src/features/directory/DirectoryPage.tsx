import { useQuery } from '@apollo/client/react';
import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconPlus } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { useViewer } from '../accounts/useViewer';
import { CoopSummaryCard } from './CoopSummaryCard';
import { DirectoryQuery } from './graphql';

const PAGE_SIZE = 24;

/** The directory a page at a time; the page is in the URL (?after=cursor) so it can be shared. */
export function DirectoryPage() {
  usePageTitle('Directory');
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
          <Title order={1}>Co-ops in the network</Title>
          <Text c="dimmed">
            {connection
              ? `${connection.totalCount.toLocaleString('en-GB')} co-ops, in name order.`
              : 'Who they are, where they are and what they provide.'}
          </Text>
        </div>
        <Button
          component={Link}
          to={viewer ? '/coops/new' : '/sign-up?next=/coops/new'}
          leftSection={<IconPlus size={16} />}
        >
          Add your co-op
        </Button>
      </Group>

      {loading && !data && <Loading label="Loading the directory…" />}
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      {connection && connection.edges.length === 0 && (
        <Stack align="flex-start" py="lg">
          <Text>{after ? 'There are no more co-ops after this point.' : 'No co-ops have joined yet.'}</Text>
          <Button component={Link} to={after ? '/directory' : '/coops/new'} variant="light">
            {after ? 'Back to the first page' : 'Be the first'}
          </Button>
        </Stack>
      )}
      {connection && connection.edges.length > 0 && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="section" aria-label="Co-ops">
            {connection.edges.map(({ node }) => (
              <CoopSummaryCard key={node.id} coop={node} />
            ))}
          </SimpleGrid>
          <Group justify="space-between" component="nav" aria-label="Pages">
            {after ? (
              <Button component={Link} to="/directory" variant="subtle">
                First page
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
                Next page
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
