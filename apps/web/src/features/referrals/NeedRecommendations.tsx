import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { RecommendationFieldsFragment } from '../../gql/graphql';
import { useScrollToHash } from '../../lib/useScrollToHash';
import { formatDay } from './labels';

export const RECOMMENDATIONS_ID = 'recommendations';

/**
 * On a need's page, for its own co-op: co-ops other co-ops recommended for it (referrals passed
 * from the need), newest first, each with a way to the recommended co-op. The inbox's
 * "recommendation" items link here (#recommendations).
 */
export function NeedRecommendations({ recommendations }: { recommendations: readonly RecommendationFieldsFragment[] }) {
  useScrollToHash(RECOMMENDATIONS_ID, true);
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      id={RECOMMENDATIONS_ID}
      tabIndex={-1}
      aria-labelledby="recommendations-heading"
      style={{ scrollMarginTop: 80 }}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="recommendations-heading">
          Recommended for this need
        </Title>
        {recommendations.length === 0 ? (
          <Text c="dimmed" size="sm">
            No co-op has recommended anyone for it yet. When another co-op passes a referral for this need, you see here whom they
            recommend, and they get in touch with you.
          </Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Recommendations">
            {recommendations.map((r) => (
              <li key={`${r.by.id}:${r.recommended.id}:${r.at}`}>
                <Text>
                  <Anchor component={Link} to={`/coops/${r.by.slug}`} c="inherit">
                    {r.by.name}
                  </Anchor>{' '}
                  recommends{' '}
                  <Anchor component={Link} to={`/coops/${r.recommended.slug}`} fw={600}>
                    {r.recommended.name}
                  </Anchor>
                </Text>
                <Text size="sm" c="dimmed">
                  <time dateTime={r.at}>{formatDay(r.at)}</time> · introduction warmth {r.warmth} of 5
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
