import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NeedSummaryFieldsFragment, OfferSummaryFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { describeArea } from './labels';

/** A need or offer in a list: enough to decide whether to open it. */
export function PostingCard({ posting, what }: { posting: NeedSummaryFieldsFragment | OfferSummaryFieldsFragment; what: 'need' | 'offer' }) {
  const { t } = useTranslation('postings');
  const { formatDay } = useFormat();
  return (
    <Card withBorder padding="md" component="article">
      <Stack gap={6}>
        <Anchor component={Link} to={`/${what}s/${posting.id}`} fw={600} size="lg" c="inherit">
          {posting.title}
        </Anchor>
        <Text size="sm">
          <Trans
            t={t}
            i18nKey="card.byline"
            values={{ coop: posting.coop.name, area: describeArea(t, posting.area), date: formatDay(posting.expiresAt) }}
            components={{ coop: <Anchor component={Link} to={`/coops/${posting.coop.slug}`} /> }}
          />
        </Text>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {posting.description}
        </Text>
        <Group gap={6}>
          {posting.status !== 'OPEN' && (
            <Badge color="gray" variant="light">
              {t(`card.status.${posting.status}`)}
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
