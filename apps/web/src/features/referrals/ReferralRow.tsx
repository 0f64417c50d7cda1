import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ReferralRowFieldsFragment } from '../../gql/graphql';
import { formatDay, formatMoney, KIND_LABELS, STAGE_LABELS } from './labels';

/** One referral in a co-op's list, read from that co-op's side; its title opens it. */
export function ReferralRow({ referral, side }: { referral: ReferralRowFieldsFragment; side: 'given' | 'received' }) {
  const stage = STAGE_LABELS[referral.stage];
  const other = side === 'given' ? `To ${referral.to.name}` : `From ${referral.from.name}`;
  const prospect = referral.prospect;
  // Co-ops' names as they write them: only the preposition changes case.
  const title = prospect
    ? [prospect.name, prospect.organisation].filter(Boolean).join(', ')
    : side === 'given'
      ? `Referral to ${referral.to.name}`
      : `Referral from ${referral.from.name}`;
  const value = referral.wonValue ? `Won ${formatMoney(referral.wonValue)}` : referral.estimatedValue ? `About ${formatMoney(referral.estimatedValue)}` : null;
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} miw={0}>
          <Anchor component={Link} to={`/referrals/${referral.id}`} fw={600}>
            {title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {other} · {KIND_LABELS[referral.kind].label} · passed {formatDay(referral.createdAt)}
          </Text>
          <Text size="sm" lineClamp={2}>
            {referral.what}
          </Text>
        </Stack>
        <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
          <Badge color={stage.color} variant="light">
            {stage.label}
          </Badge>
          {value && <Text size="sm">{value}</Text>}
        </Stack>
      </Group>
    </Card>
  );
}
