import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { NeedSummaryFieldsFragment, OfferSummaryFieldsFragment } from '../../gql/graphql';
import { describeArea, formatDay } from './labels';

/** A need or offer in a list: enough to decide whether to open it. */
export function PostingCard({ posting, what }: { posting: NeedSummaryFieldsFragment | OfferSummaryFieldsFragment; what: 'need' | 'offer' }) {
  return (
    <Card withBorder padding="md" component="article">
      <Stack gap={6}>
        <Anchor component={Link} to={`/${what}s/${posting.id}`} fw={600} size="lg" c="inherit">
          {posting.title}
        </Anchor>
        <Text size="sm">
          <Anchor component={Link} to={`/coops/${posting.coop.slug}`}>
            {posting.coop.name}
          </Anchor>
          {' · '}
          {describeArea(posting.area)}
          {' · until '}
          {formatDay(posting.expiresAt)}
        </Text>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {posting.description}
        </Text>
        <Group gap={6}>
          {posting.status !== 'OPEN' && (
            <Badge color="gray" variant="light">
              {posting.status.toLowerCase()}
            </Badge>
          )}
          {posting.categories.map((c) => (
            <Badge key={c.code} variant="outline" color="gray" tt="none" size="sm">
              {c.name}
            </Badge>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}
