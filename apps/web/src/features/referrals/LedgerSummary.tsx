import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralLedgerFieldsFragment } from '../../gql/graphql';
import { LedgerTallyCard } from './LedgerTallyCard';
import { LedgerValueCard } from './LedgerValueCard';

/** The co-op's record in figures: referrals each way, and business in money each way. */
export function LedgerSummary({ ledger, coopName, outsider }: { ledger: ReferralLedgerFieldsFragment; coopName: string; outsider: boolean }) {
  const { t } = useTranslation('referrals');
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <LedgerTallyCard title={t('ledger.given')} tally={ledger.given} />
      <LedgerTallyCard title={t('ledger.received')} tally={ledger.received} />
      <LedgerValueCard
        title={t('ledger.credited.title')}
        values={ledger.valueGiven}
        outsider={outsider}
        explanation={t('ledger.credited.explanation', { coop: coopName })}
      />
      <LedgerValueCard
        title={t('ledger.won.title')}
        values={ledger.valueReceived}
        outsider={outsider}
        explanation={t('ledger.won.explanation', { coop: coopName })}
      />
    </SimpleGrid>
  );
}
