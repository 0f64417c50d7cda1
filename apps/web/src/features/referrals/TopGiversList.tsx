import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReferralNetworkQuery } from '../../gql/graphql';

type TopGiver = ReferralNetworkQuery['referralNetwork']['topGivers'][number];

/** The co-ops that passed the most referrals this year, among those that chose to be listed. */
export function TopGiversList({ givers }: { givers: readonly TopGiver[] }) {
  const { t } = useTranslation('referrals');
  if (givers.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('network.givers.none')}
      </Text>
    );
  }
  return (
    <Stack component="ol" gap={6} m={0} pl="lg" aria-label={t('network.givers.label')}>
      {givers.map((giver) => (
        <li key={giver.coop.id}>
          <Group justify="space-between" wrap="nowrap">
            <Anchor component={Link} to={`/coops/${giver.coop.slug}`}>
              {giver.coop.name}
            </Anchor>
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('network.givers.given', { count: giver.given })}
            </Text>
          </Group>
        </li>
      ))}
    </Stack>
  );
}
