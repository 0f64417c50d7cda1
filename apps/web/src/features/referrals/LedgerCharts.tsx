import { SimpleGrid } from '@mantine/core';
import type { ReferralLedgerFieldsFragment } from '../../gql/graphql';
import { amountIn, formatMoney, formatMonth, mainCurrency } from './labels';
import { MonthlyChart } from './MonthlyChart';

/** The last twelve months: referrals each way, and business in the co-op's main currency. */
export function LedgerCharts({ ledger }: { ledger: ReferralLedgerFieldsFragment }) {
  const currency = mainCurrency(ledger.valueGiven, ledger.valueReceived);
  const counts = ledger.months.map((m) => ({ month: formatMonth(m.month), given: m.given, received: m.received }));
  const values = ledger.months.map((m) => ({
    month: formatMonth(m.month),
    credited: amountIn(m.valueGiven, currency),
    won: amountIn(m.valueReceived, currency),
  }));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <MonthlyChart
        title="Referrals per month"
        kind="bar"
        data={counts}
        series={[
          { name: 'given', label: 'Given', color: 'teal.6' },
          { name: 'received', label: 'Received', color: 'blue.6' },
        ]}
      />
      <MonthlyChart
        title={`Business per month (${currency})`}
        kind="line"
        data={values}
        format={(amount) => formatMoney({ amount, currency })}
        series={[
          { name: 'credited', label: 'Credited', color: 'teal.6' },
          { name: 'won', label: 'Won', color: 'blue.6' },
        ]}
      />
    </SimpleGrid>
  );
}
