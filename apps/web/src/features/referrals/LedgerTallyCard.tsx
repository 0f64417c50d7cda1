import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralTallyFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { Stat } from './Stat';

/** One side of a co-op's referrals (given or received) in figures, with what the less obvious ones mean. */
export function LedgerTallyCard({ title, tally }: { title: string; tally: ReferralTallyFieldsFragment }) {
  const { t } = useTranslation('referrals');
  const { formatNumber, formatPercent } = useFormat();
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
          <Stat label={t('ledger.tally.total')} value={formatNumber(tally.total)} />
          <Stat label={t('ledger.tally.open')} value={formatNumber(tally.open)} hint={t('ledger.tally.openHint')} />
          <Stat label={t('ledger.tally.won')} value={formatNumber(tally.won)} />
          <Stat label={t('ledger.tally.lost')} value={formatNumber(tally.lost)} />
          <Stat label={t('ledger.tally.declined')} value={formatNumber(tally.declined)} />
          <Stat label={t('ledger.tally.withdrawn')} value={formatNumber(tally.withdrawn)} />
          <Stat
            label={t('ledger.tally.conversion')}
            value={formatPercent(tally.conversionRate)}
            hint={t('ledger.tally.conversionHint')}
            describedBy={notesId}
          />
          <Stat
            label={t('ledger.tally.days')}
            value={days == null ? '–' : formatNumber(days)}
            hint={t('ledger.tally.daysHint')}
            describedBy={notesId}
          />
        </SimpleGrid>
        <Text id={notesId} size="xs" c="dimmed">
          {t('ledger.tally.notes')}
        </Text>
      </Stack>
    </Card>
  );
}
