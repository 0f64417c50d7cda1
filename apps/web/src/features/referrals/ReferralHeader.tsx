import { Anchor, Badge, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import type { ReferralDetailFieldsFragment } from '../../gql/graphql';
import { describeKind, formatDay, KIND_LABELS, STAGE_LABELS } from './labels';
import { warmthSummary } from './warmth-labels';

/** The stage badge's id: after a move, focus goes to it, so keyboard users hear where it stands now. */
export const STAGE_BADGE_ID = 'referral-stage';

/** Who passed it to whom, what kind, how warm, and where it stands. */
export function ReferralHeader({ referral }: { referral: ReferralDetailFieldsFragment }) {
  const stage = STAGE_LABELS[referral.stage];
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Text size="sm" c="dimmed" tt="uppercase" fw={600}>
          {KIND_LABELS[referral.kind].label} referral
        </Text>
        <Badge id={STAGE_BADGE_ID} tabIndex={-1} color={stage.color} variant="light" aria-label={`Stage: ${stage.label}`}>
          {stage.label}
        </Badge>
      </Group>
      <Title order={1} size="h2">
        <Anchor component={Link} to={`/coops/${referral.from.slug}`} inherit>
          {referral.from.name}
        </Anchor>{' '}
        <span aria-hidden>→</span>
        <VisuallyHidden>to</VisuallyHidden>{' '}
        <Anchor component={Link} to={`/coops/${referral.to.slug}`} inherit>
          {referral.to.name}
        </Anchor>
      </Title>
      <Text size="sm" c="dimmed">
        {describeKind(referral.kind, referral.from.name, referral.to.name)} Passed {referral.passedBy ? `by ${referral.passedBy} ` : ''}on {formatDay(referral.createdAt)}.
      </Text>
      <Text size="sm">
        <strong>Warmth {referral.warmth} of 5:</strong> {warmthSummary(referral.warmth, referral.kind, referral.from.name, referral.to.name)}
      </Text>
    </Stack>
  );
}
