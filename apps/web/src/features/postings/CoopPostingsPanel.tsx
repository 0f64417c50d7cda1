import { useQuery } from '@apollo/client/react';
import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '../../lib/QueryState';
import { NeedsListQuery, OffersListQuery } from './graphql';
import { PostingCard } from './PostingCard';

const SHOWN = 10;

/** A co-op's open needs and offers on its page, with "post" buttons for its members. */
export function CoopPostingsPanel({ coop, isMember }: { coop: { id: string; slug: string; name: string }; isMember: boolean }) {
  const { t } = useTranslation('postings');
  const variables = { filter: { coopId: coop.id }, first: SHOWN, after: null };
  const needs = useQuery(NeedsListQuery, { variables });
  const offers = useQuery(OffersListQuery, { variables });

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {(['need', 'offer'] as const).map((what) => {
        const query = what === 'need' ? needs : offers;
        const connection = what === 'need' ? needs.data?.needs : offers.data?.offers;
        return (
          <Stack key={what} gap="sm" component="section" aria-labelledby={`coop-${what}s`}>
            <Group justify="space-between">
              <Title order={2} size="h3" id={`coop-${what}s`}>
                {t(`coopPanel.heading.${what}`)}
              </Title>
              {isMember && (
                <Button
                  component={Link}
                  to={`/coops/${coop.slug}/${what}s/new`}
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} />}
                >
                  {t(`coopPanel.post.${what}`)}
                </Button>
              )}
            </Group>
            {query.error && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
            {connection?.edges.length === 0 && (
              <Text c="dimmed" size="sm">
                {t(`coopPanel.none.${what}`, { coop: coop.name })}
              </Text>
            )}
            {connection?.edges.map(({ node }) => <PostingCard key={node.id} posting={node} what={what} />)}
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}
