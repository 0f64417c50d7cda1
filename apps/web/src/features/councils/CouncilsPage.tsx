import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { shortWhen } from '../meetings/meeting-labels';
import { CouncilsQuery } from './graphql';

const PAGE = 20;

/** /councils: every council (filtered by ?q=), and the meetings coming up across them. */
export function CouncilsPage() {
  usePageTitle('Councils');
  const [params, setParams] = useSearchParams();
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const [query] = useDebouncedValue(typed.trim(), 250);
  const { data, loading, error, refetch, fetchMore } = useQuery(CouncilsQuery, { variables: { first: PAGE, query: query || null } });
  const councils = data?.councils.edges.map((e) => e.node) ?? [];
  return (
    <Stack px={{ base: 'xs', sm: 0 }} gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Councils and networks</Title>
          <Text c="dimmed">Groups of co-ops that meet to pitch, trade and pass each other business.</Text>
        </div>
        <Button component={Link} to="/councils/new" leftSection={<IconPlus size={16} />}>
          Start a council
        </Button>
      </Group>
      {data && data.upcomingMeetings.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h4">
            Coming up
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {data.upcomingMeetings.map((m) => (
              <Card key={m.id} withBorder padding="sm" component={Link} to={`/meetings/${m.id}`}>
                <Text fw={600}>{m.title}</Text>
                <Text size="sm">{shortWhen(m)}</Text>
                <Text size="sm" c="dimmed">
                  {m.council.name} · {m.goingCount} going
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </Stack>
      )}
      <TextInput
        leftSection={<IconSearch size={16} />}
        placeholder="Find a council by name or area"
        aria-label="Find a council"
        value={typed}
        maw={420}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setTyped(value);
          setParams(value.trim() ? { q: value.trim() } : {}, { replace: true });
        }}
      />
      {loading && !data ? (
        <Loading label="Loading councils…" />
      ) : error && !data ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : councils.length === 0 ? (
        <Text>{query ? `No council’s name or area contains “${query}”.` : 'No councils yet. Start the first one for your area or sector.'}</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {councils.map((c) => (
            <Card key={c.id} withBorder padding="sm" component="li">
              <Anchor component={Link} to={`/councils/${c.slug}`} fw={600}>
                {c.name}
              </Anchor>
              <Text size="sm" c="dimmed">
                {[c.area, `${c.memberCount} member co-op${c.memberCount === 1 ? '' : 's'}`].filter(Boolean).join(' · ')}
              </Text>
              <Text size="sm" lineClamp={2}>
                {c.description}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
      {data?.councils.pageInfo.hasNextPage && (
        <Button variant="light" w="fit-content" onClick={() => void fetchMore({ variables: { after: data.councils.pageInfo.endCursor } })}>
          More councils
        </Button>
      )}
    </Stack>
  );
}
