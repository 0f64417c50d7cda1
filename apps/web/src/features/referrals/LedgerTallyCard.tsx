import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { ReferralTallyFieldsFragment } from '../../gql/graphql';
import { formatPercent } from './labels';
import { Stat } from './Stat';

const CONVERSION_HINT = 'Won out of those that ended: won, lost or declined.';
const DAYS_HINT = "The median number of days from passing to the receiver's first contact.";

/** One side of a co-op's referrals (given or received) in figures, with what the less obvious ones mean. */
export function LedgerTallyCard({ title, tally }: { title: string; tally: ReferralTallyFieldsFragment }) {
  const headingId = useId();
  const notesId = useId();
  const days = tally.medianDaysToFirstContact;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="sm" verticalSpacing="sm">
          <Stat label="Total" value={tally.total} />
          <Stat label="Open" value={tally.open} hint="Passed or accepted, not yet won, lost, declined or withdrawn" />
          <Stat label="Won" value={tally.won} />
          <Stat label="Lost" value={tally.lost} />
          <Stat label="Declined" value={tally.declined} />
          <Stat label="Withdrawn" value={tally.withdrawn} />
          <Stat label="Conversion" value={formatPercent(tally.conversionRate)} hint={CONVERSION_HINT} describedBy={notesId} />
          <Stat label="Days to first contact" value={days == null ? '–' : days} hint={DAYS_HINT} describedBy={notesId} />
        </SimpleGrid>
        <Text id={notesId} size="xs" c="dimmed">
          Conversion is won out of those that ended: won, lost or declined. Days to first contact is the median number of days
          from passing to the receiver&apos;s first contact.
        </Text>
      </Stack>
    </Card>
  );
}
