import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralLedgerFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { amountIn, mainCurrency, monthStart, SERIES_COLOURS } from './labels';
import { MonthlyChart } from './MonthlyChart';

/**
 * The last twelve months: referrals each way, and business in the co-op's main currency. Colours
 * mean the same as on the network page: blue given, violet received, teal won.
 */
export function LedgerCharts({ ledger, outsider }: { ledger: ReferralLedgerFieldsFragment; outsider: boolean }) {
  const { t } = useTranslation('referrals');
  const { formatMoney, formatMonth } = useFormat();
  const currency = mainCurrency(ledger.valueGiven, ledger.valueReceived);
  const counts = ledger.months.map((m) => ({ month: formatMonth(monthStart(m.month)), given: m.given, received: m.received }));
  const values = ledger.months.map((m) => ({
    month: formatMonth(monthStart(m.month)),
    credited: amountIn(m.valueGiven, currency),
    won: amountIn(m.valueReceived, currency),
  }));
  const noAmounts = ledger.months.every((m) => m.valueGiven.length === 0 && m.valueReceived.length === 0);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <MonthlyChart
        title={t('ledger.charts.referrals')}
        kind="bar"
        data={counts}
        series={[
          { name: 'given', label: t('ledger.charts.given'), color: SERIES_COLOURS.given },
          { name: 'received', label: t('ledger.charts.received'), color: SERIES_COLOURS.received },
        ]}
      />
      <MonthlyChart
        title={t('ledger.charts.business', { currency })}
        kind="line"
        data={values}
        format={(amount) => formatMoney(amount, currency)}
        series={[
          { name: 'credited', label: t('ledger.charts.credited'), color: SERIES_COLOURS.given },
          { name: 'won', label: t('ledger.charts.won'), color: SERIES_COLOURS.won },
        ]}
        // Outside the co-op, months of fewer than three thank-yous come without amounts.
        note={outsider && !noAmounts ? t('hiddenAmountsHint') : undefined}
        replaceWith={
          outsider && noAmounts ? (
            <Text size="sm" c="dimmed" py="md">
              {t('ledger.charts.noAmounts')} {t('hiddenAmountsHint')}
            </Text>
          ) : undefined
        }
      />
    </SimpleGrid>
  );
}
