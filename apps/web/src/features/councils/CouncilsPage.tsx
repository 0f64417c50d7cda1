import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { shortWhen } from '../meetings/meeting-labels';
import { CouncilsQuery } from './graphql';
import { useFormat } from '../../i18n/useFormat';

const PAGE = 20;

/** /councils: every council (filtered by ?q=), and the meetings coming up across them. */
export function CouncilsPage() {
  const { t } = useTranslation('councils');
  const { locale } = useFormat();
  usePageTitle(t('list.pageTitle'));
  const [params, setParams] = useSearchParams();
  const [typed, setTyped] = useState(params.get('q') ?? '');
  const [query] = useDebouncedValue(typed.trim(), 250);
  const { data, loading, error, refetch, fetchMore } = useQuery(CouncilsQuery, { variables: { first: PAGE, query: query || null } });
  const councils = data?.councils.edges.map((e) => e.node) ?? [];
  return (
    <Stack px={{ base: 'xs', sm: 0 }} gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('list.title')}</Title>
          <Text c="dimmed">{t('list.intro')}</Text>
        </div>
        <Button component={Link} to="/councils/new" leftSection={<IconPlus size={16} />}>
          {t('list.start')}
        </Button>
      </Group>
      {data && data.upcomingMeetings.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('list.comingUp')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {data.upcomingMeetings.map((m) => (
              <Card key={m.id} withBorder padding="sm" component={Link} to={`/meetings/${m.id}`}>
                <Text fw={600}>{m.title}</Text>
                <Text size="sm">{shortWhen(m, locale)}</Text>
                <Text size="sm" c="dimmed">
                  {m.council.name} · {t('going', { count: m.goingCount })}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </Stack>
      )}
      <TextInput
        leftSection={<IconSearch size={16} />}
        placeholder={t('list.searchPlaceholder')}
        aria-label={t('list.searchLabel')}
        value={typed}
        maw={420}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setTyped(value);
          setParams(value.trim() ? { q: value.trim() } : {}, { replace: true });
        }}
      />
      {loading && !data ? (
        <Loading label={t('list.loading')} />
      ) : error && !data ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : councils.length === 0 ? (
        <Text>{query ? t('list.noneMatch', { query }) : t('list.none')}</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {councils.map((c) => (
            <Card key={c.id} withBorder padding="sm" component="li">
              <Anchor component={Link} to={`/councils/${c.slug}`} fw={600}>
                {c.name}
              </Anchor>
              <Text size="sm" c="dimmed">
                {[c.area, t('memberCoops', { count: c.memberCount })].filter(Boolean).join(' · ')}
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
          {t('list.more')}
        </Button>
      )}
    </Stack>
  );
}
