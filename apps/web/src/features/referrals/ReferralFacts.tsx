import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ReferralDetailFieldsFragment } from '../../gql/graphql';
import { formatMoney } from './labels';

function Fact({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {heading}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{children}</Text>
    </div>
  );
}

const REASON_HEADINGS: Partial<Record<ReferralDetailFieldsFragment['stage'], string>> = {
  DECLINED: 'Why it was declined',
  WITHDRAWN: 'Why it was withdrawn',
  LOST: 'Why it was lost',
};

function whatHeading(referral: ReferralDetailFieldsFragment): string {
  if (referral.kind === 'TIER_THREE') return `How they can help ${referral.to.name}`;
  if (referral.kind === 'INTERNAL') return `What ${referral.from.name} needs`;
  return 'What they need';
}

/** What the prospect needs, the giver's note, and what it was worth. */
export function ReferralFacts({ referral }: { referral: ReferralDetailFieldsFragment }) {
  const reasonHeading = REASON_HEADINGS[referral.stage];
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="facts-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="facts-heading">
          What it is about
        </Title>
        <Fact heading={whatHeading(referral)}>{referral.what}</Fact>
        {referral.need && (
          <Fact heading="For the need">
            <Anchor component={Link} to={`/needs/${referral.need.id}`}>
              {referral.need.title}
            </Anchor>
          </Fact>
        )}
        {referral.note && <Fact heading={`Note from ${referral.from.name}`}>{referral.note}</Fact>}
        {referral.estimatedValue && <Fact heading="Estimated value">{formatMoney(referral.estimatedValue)}</Fact>}
        {referral.wonValue && <Fact heading="Business won">{formatMoney(referral.wonValue)}</Fact>}
        {reasonHeading && referral.closingReason && <Fact heading={reasonHeading}>{referral.closingReason}</Fact>}
      </Stack>
    </Card>
  );
}
