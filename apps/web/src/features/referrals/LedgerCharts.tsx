import { SimpleGrid, Text } from '@mantine/core';
import type { ReferralLedgerFieldsFragment } from '../../gql/graphql';
import { amountIn, formatMoney, formatMonth, HIDDEN_AMOUNTS_HINT, mainCurrency, SERIES_COLOURS } from './labels';
import { MonthlyChart } from './MonthlyChart';

/**
 * The last twelve months: referrals each way, and business in the co-op's main currency. Colours
 * mean the same as on the network page: blue given, violet received, teal won.
 */
export function LedgerCharts({ ledger, outsider }: { ledger: ReferralLedgerFieldsFragment; outsider: boolean }) {
  const currency = mainCurrency(ledger.valueGiven, ledger.valueReceived);
  const counts = ledger.months.map((m) => ({ month: formatMonth(m.month), given: m.given, received: m.received }));
  const values = ledger.months.map((m) => ({
    month: formatMonth(m.month),
    credited: amountIn(m.valueGiven, currency),
    won: amountIn(m.valueReceived, currency),
  }));
  const noAmounts = ledger.months.every((m) => m.valueGiven.length === 0 && m.valueReceived.length === 0);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <MonthlyChart
        title="Referrals per month"
        kind="bar"
        data={counts}
        series={[
          { name: 'given', label: 'Given', color: SERIES_COLOURS.given },
          { name: 'received', label: 'Received', color: SERIES_COLOURS.received },
        ]}
      />
      <MonthlyChart
        title={`Business per month (${currency})`}
        kind="line"
        data={values}
        format={(amount) => formatMoney({ amount, currency })}
        series={[
          { name: 'credited', label: 'Credited', color: SERIES_COLOURS.given },
          { name: 'won', label: 'Won', color: SERIES_COLOURS.won },
        ]}
        // Outside the co-op, months of fewer than three thank-yous come without amounts.
        note={outsider && !noAmounts ? HIDDEN_AMOUNTS_HINT : undefined}
        replaceWith={
          outsider && noAmounts ? (
            <Text size="sm" c="dimmed" py="md">
              No amounts to show. {HIDDEN_AMOUNTS_HINT}
            </Text>
          ) : undefined
        }
      />
    </SimpleGrid>
  );
}
