import { SimpleGrid } from '@mantine/core';
import type { ReferralLedgerFieldsFragment } from '../../gql/graphql';
import { LedgerTallyCard } from './LedgerTallyCard';
import { LedgerValueCard } from './LedgerValueCard';

/** The co-op's record in figures: referrals each way, and business in money each way. */
export function LedgerSummary({ ledger, coopName, outsider }: { ledger: ReferralLedgerFieldsFragment; coopName: string; outsider: boolean }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <LedgerTallyCard title="Referrals given" tally={ledger.given} />
      <LedgerTallyCard title="Referrals received" tally={ledger.received} />
      <LedgerValueCard
        title="Business credited"
        values={ledger.valueGiven}
        outsider={outsider}
        explanation={`Business other co-ops thanked ${coopName} for: referrals it passed that were won, and custom it sent.`}
      />
      <LedgerValueCard
        title="Business won"
        values={ledger.valueReceived}
        outsider={outsider}
        explanation={`Business ${coopName} won from other co-ops' referrals and custom, and thanked them for.`}
      />
    </SimpleGrid>
  );
}
