import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ReferralNetworkQuery } from '../../gql/graphql';

type TopGiver = ReferralNetworkQuery['referralNetwork']['topGivers'][number];

/** The co-ops that passed the most referrals this year, among those that chose to be listed. */
export function TopGiversList({ givers }: { givers: readonly TopGiver[] }) {
  if (givers.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No listed co-op has passed a referral this year yet. Owners choose whether theirs is listed, on its referrals page.
      </Text>
    );
  }
  return (
    <Stack component="ol" gap={6} m={0} pl="lg" aria-label="Most active givers">
      {givers.map((giver) => (
        <li key={giver.coop.id}>
          <Group justify="space-between" wrap="nowrap">
            <Anchor component={Link} to={`/coops/${giver.coop.slug}`}>
              {giver.coop.name}
            </Anchor>
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {giver.given} {giver.given === 1 ? 'referral' : 'referrals'}
            </Text>
          </Group>
        </li>
      ))}
    </Stack>
  );
}
