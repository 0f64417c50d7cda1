import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingFollowUpsQuery } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';

type Summary = NonNullable<NonNullable<MeetingFollowUpsQuery['meeting']>['pitchSummary']>;

function Figure({ label, value }: { label: string; value: number }) {
  const { formatNumber } = useFormat();
  return (
    <Card withBorder padding="sm">
      <Text fz={28} fw={700}>
        {formatNumber(value)}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Card>
  );
}

/** What came of the round: pitches, taps, introductions and referrals, and taps per co-op. */
export function RoundSummary({ summary }: { summary: Summary }) {
  const { t } = useTranslation('pitch-round');
  const { formatNumber } = useFormat();
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('summary.heading')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 5 }}>
        <Figure
          label={summary.skipped ? t('summary.pitchesSkipped', { count: summary.pitches, skipped: summary.skipped }) : t('summary.pitches', { count: summary.pitches })}
          value={summary.pitches}
        />
        <Figure label={t('summary.taps', { count: summary.taps })} value={summary.taps} />
        <Figure label={t('summary.introductions', { count: summary.introductions })} value={summary.introductions} />
        <Figure label={t('summary.referrals', { count: summary.referrals })} value={summary.referrals} />
        <Figure label={t('summary.won', { count: summary.referralsWon })} value={summary.referralsWon} />
      </SimpleGrid>
      {summary.byCoop.length > 0 && (
        <Table.ScrollContainer minWidth={420}>
          <Table striped>
            <Table.Caption>{t('summary.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('summary.coop')}</Table.Th>
                <Table.Th ta="right">{t('summary.talk')}</Table.Th>
                <Table.Th ta="right">{t('summary.referral')}</Table.Th>
                <Table.Th ta="right">{t('summary.need')}</Table.Th>
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
                  <Table.Td ta="right">{formatNumber(row.talk)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(row.referral)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(row.need)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Text size="sm" c="dimmed">
          {t('summary.note')}
        </Text>
      </Group>
    </Stack>
  );
}
