import { Card, SimpleGrid, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import type { ReferralTallyFieldsFragment } from '../../gql/graphql';
import { formatPercent } from './labels';
import { Stat } from './Stat';

/** One side of a co-op's referrals (given or received) in figures. */
export function LedgerTallyCard({ title, tally }: { title: string; tally: ReferralTallyFieldsFragment }) {
  const headingId = useId();
  const days = tally.medianDaysToFirstContact;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="sm" verticalSpacing="sm">
          <Stat label="Total" value={tally.total} />
          <Stat label="Open" value={tally.open} hint="Passed or accepted, not yet won, lost or declined" />
          <Stat label="Won" value={tally.won} />
          <Stat label="Lost" value={tally.lost} />
          <Stat label="Declined" value={tally.declined} />
          <Stat label="Withdrawn" value={tally.withdrawn} />
          <Stat label="Conversion" value={formatPercent(tally.conversionRate)} hint="Won, of those won, lost or declined" />
          <Stat
            label="Days to first contact"
            value={days == null ? '–' : days}
            hint="The median number of days from passing to the receiver's first contact"
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
