import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecommendationFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { useScrollToHash } from '../../lib/useScrollToHash';

export const RECOMMENDATIONS_ID = 'recommendations';

/**
 * On a need's page, for its own co-op: co-ops other co-ops recommended for it (referrals passed
 * from the need), newest first, each with a way to the recommended co-op. The inbox's
 * "recommendation" items link here (#recommendations).
 */
export function NeedRecommendations({ recommendations }: { recommendations: readonly RecommendationFieldsFragment[] }) {
  const { t } = useTranslation('referrals');
  const { formatDay } = useFormat();
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
          {t('recommendations.heading')}
        </Title>
        {recommendations.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('recommendations.none')}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('recommendations.label')}>
            {recommendations.map((r) => (
              <li key={`${r.by.id}:${r.recommended.id}:${r.at}`}>
                <Text>
                  <Trans
                    t={t}
                    i18nKey="recommendations.recommends"
                    values={{ by: r.by.name, recommended: r.recommended.name }}
                    components={{
                      by: <Anchor component={Link} to={`/coops/${r.by.slug}`} c="inherit" />,
                      recommended: <Anchor component={Link} to={`/coops/${r.recommended.slug}`} fw={600} />,
                    }}
                  />
                </Text>
                <Text size="sm" c="dimmed">
                  <Trans
                    t={t}
                    i18nKey="recommendations.when"
                    values={{ date: formatDay(r.at), warmth: r.warmth }}
                    components={{ time: <time dateTime={r.at} /> }}
                  />
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
