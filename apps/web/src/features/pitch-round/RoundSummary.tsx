import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { MeetingFollowUpsQuery } from '../../gql/graphql';

type Summary = NonNullable<NonNullable<MeetingFollowUpsQuery['meeting']>['pitchSummary']>;

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Card withBorder padding="sm">
      <Text fz={28} fw={700}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Card>
  );
}

/** What came of the round: pitches, taps, introductions and referrals, and taps per co-op. */
export function RoundSummary({ summary }: { summary: Summary }) {
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        What came of the pitches
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        <Figure label={`${summary.pitches === 1 ? 'pitch' : 'pitches'}${summary.skipped ? ` (${summary.skipped} skipped)` : ''}`} value={summary.pitches} />
        <Figure label={summary.taps === 1 ? 'tap' : 'taps'} value={summary.taps} />
        <Figure label={summary.introductions === 1 ? 'introduction' : 'introductions'} value={summary.introductions} />
        <Figure label={summary.referrals === 1 ? 'referral passed' : 'referrals passed'} value={summary.referrals} />
        <Figure label={summary.referralsWon === 1 ? 'referral won' : 'referrals won'} value={summary.referralsWon} />
      </SimpleGrid>
      {summary.byCoop.length > 0 && (
        <Table.ScrollContainer minWidth={420}>
          <Table striped>
            <Table.Caption>Taps each co-op received during its pitch</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Co-op</Table.Th>
                <Table.Th ta="right">Want to talk</Table.Th>
                <Table.Th ta="right">Have a referral</Table.Th>
                <Table.Th ta="right">Need what they do</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.byCoop.map((row) => (
                <Table.Tr key={row.coop.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/coops/${row.coop.slug}`}>
                      {row.coop.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">{row.talk}</Table.Td>
                  <Table.Td ta="right">{row.referral}</Table.Td>
                  <Table.Td ta="right">{row.need}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Text size="sm" c="dimmed">
          Taps are counted, never shown by name. Referrals count once passed from a “referral” tap.
        </Text>
      </Group>
    </Stack>
  );
}
