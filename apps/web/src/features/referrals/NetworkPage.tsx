import { useQuery } from '@apollo/client/react';
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReferralNetworkQuery as ReferralNetworkQueryType } from '../../gql/graphql';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { ReferralNetworkQuery } from './graphql';
import { amountIn, formatMoney, formatMoneyList, formatMonth, HIDDEN_AMOUNTS_HINT, mainCurrency, SERIES_COLOURS } from './labels';
import { MonthlyChart } from './MonthlyChart';
import { Stat } from './Stat';
import { TopGiversList } from './TopGiversList';

const GIVERS_SHOWN = 10;

/** /network: how much business co-ops pass each other, across the whole network. Public. */
export function NetworkPage() {
  usePageTitle('The network');
  const { data, loading, error, refetch } = useQuery(ReferralNetworkQuery, {
    variables: { givers: GIVERS_SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  const network = data?.referralNetwork;

  return (
    <Stack gap="lg" px={{ base: 'xs', sm: 0 }}>
      <div>
        <Title order={1}>Co-operation among co-operatives</Title>
        <Text c="dimmed">Business the co-ops on Principle Six pass to each other: referrals, and the work that came of them.</Text>
      </div>
      {loading && !data && <Loading label="Loading the network's figures…" />}
      {error && !data && <LoadError error={error} onRetry={() => void refetch()} />}
      {network && <NetworkFigures network={network} />}
    </Stack>
  );
}

function NetworkFigures({ network }: { network: ReferralNetworkQueryType['referralNetwork'] }) {
  const currency = mainCurrency(network.valueThisYear, ...network.months.map((m) => m.value));
  // Months of fewer than three thank-yous come without amounts; with none at all a line of zeros would mislead.
  const noAmounts = network.months.every((m) => m.value.length === 0);
  return (
    <>
      <Card withBorder padding="md" component="section" aria-label="Totals">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Stat label="Referrals passed" value={network.passed.toLocaleString('en-GB')} />
          <Stat label="Referrals won" value={network.won.toLocaleString('en-GB')} />
          <Stat label="Passed this year" value={network.passedThisYear.toLocaleString('en-GB')} />
          <Stat label="Business closed this year" value={formatMoneyList(network.valueThisYear, '–')} describedBy={network.passed > 0 ? 'amounts-hint' : undefined} />
        </SimpleGrid>
        {network.passed > 0 && (
          <Text id="amounts-hint" size="xs" c="dimmed" mt="sm">
            {HIDDEN_AMOUNTS_HINT} Sums of fewer would give away what one co-op thanked another for.
          </Text>
        )}
        {network.passed === 0 && (
          <Text size="sm" c="dimmed" mt="sm">
            No referrals passed yet. The first co-op to pass one starts the record.
          </Text>
        )}
      </Card>
      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <MonthlyChart
            title="Referrals per month"
            kind="bar"
            data={network.months.map((m) => ({ month: formatMonth(m.month), passed: m.passed, won: m.won }))}
            series={[
              { name: 'passed', label: 'Passed', color: SERIES_COLOURS.given },
              { name: 'won', label: 'Won', color: SERIES_COLOURS.won },
            ]}
          />
          <MonthlyChart
            title={`Business closed per month (${currency})`}
            kind="line"
            data={network.months.map((m) => ({ month: formatMonth(m.month), value: amountIn(m.value, currency) }))}
            format={(amount) => formatMoney({ amount, currency })}
            series={[{ name: 'value', label: 'Business closed', color: SERIES_COLOURS.won }]}
            note={noAmounts ? undefined : HIDDEN_AMOUNTS_HINT}
            replaceWith={
              noAmounts ? (
                <Text size="sm" c="dimmed" py="md">
                  No amounts to show yet. {HIDDEN_AMOUNTS_HINT}
                </Text>
              ) : undefined
            }
          />
        </SimpleGrid>
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="givers-heading" maw={560}>
        <Stack gap="sm">
          <Title order={2} size="h3" id="givers-heading">
            Most active givers this year
          </Title>
          <TopGiversList givers={network.topGivers} />
        </Stack>
      </Card>
    </>
  );
}
