import { useQuery } from '@apollo/client/react';
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralNetworkQuery as ReferralNetworkQueryType } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { ReferralNetworkQuery } from './graphql';
import { amountIn, formatMoneyList, mainCurrency, monthStart, SERIES_COLOURS } from './labels';
import { MonthlyChart } from './MonthlyChart';
import { Stat } from './Stat';
import { TopGiversList } from './TopGiversList';

const GIVERS_SHOWN = 10;

/** /network: how much business co-ops pass each other, across the whole network. Public. */
export function NetworkPage() {
  const { t } = useTranslation('referrals');
  usePageTitle(t('network.pageTitle'));
  const { data, loading, error, refetch } = useQuery(ReferralNetworkQuery, {
    variables: { givers: GIVERS_SHOWN },
    fetchPolicy: 'cache-and-network',
  });
  const network = data?.referralNetwork;

  return (
    <Stack gap="lg" px={{ base: 'xs', sm: 0 }}>
      <div>
        <Title order={1}>{t('network.title')}</Title>
        <Text c="dimmed">{t('network.intro')}</Text>
      </div>
      {loading && !data && <Loading label={t('network.loading')} />}
      {error && !data && <LoadError error={error} onRetry={() => void refetch()} />}
      {network && <NetworkFigures network={network} />}
    </Stack>
  );
}

function NetworkFigures({ network }: { network: ReferralNetworkQueryType['referralNetwork'] }) {
  const { t } = useTranslation('referrals');
  const { locale, formatMoney, formatMonth, formatNumber } = useFormat();
  const hint = t('hiddenAmountsHint');
  const currency = mainCurrency(network.valueThisYear, ...network.months.map((m) => m.value));
  // Months of fewer than three thank-yous come without amounts; with none at all a line of zeros would mislead.
  const noAmounts = network.months.every((m) => m.value.length === 0);
  return (
    <>
      <Card withBorder padding="md" component="section" aria-label={t('network.totals')}>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Stat label={t('network.stat.passed')} value={formatNumber(network.passed)} />
          <Stat label={t('network.stat.won')} value={formatNumber(network.won)} />
          <Stat label={t('network.stat.passedThisYear')} value={formatNumber(network.passedThisYear)} />
          <Stat
            label={t('network.stat.businessThisYear')}
            value={formatMoneyList(locale, network.valueThisYear, '–')}
            describedBy={network.passed > 0 ? 'amounts-hint' : undefined}
          />
        </SimpleGrid>
        {network.passed > 0 && (
          <Text id="amounts-hint" size="xs" c="dimmed" mt="sm">
            {hint} {t('network.amountsWhy')}
          </Text>
        )}
        {network.passed === 0 && (
          <Text size="sm" c="dimmed" mt="sm">
            {t('network.nothingYet')}
          </Text>
        )}
      </Card>
      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <MonthlyChart
            title={t('network.charts.referrals')}
            kind="bar"
            data={network.months.map((m) => ({ month: formatMonth(monthStart(m.month)), passed: m.passed, won: m.won }))}
            series={[
              { name: 'passed', label: t('network.charts.passed'), color: SERIES_COLOURS.given },
              { name: 'won', label: t('network.charts.won'), color: SERIES_COLOURS.won },
            ]}
          />
          <MonthlyChart
            title={t('network.charts.business', { currency })}
            kind="line"
            data={network.months.map((m) => ({ month: formatMonth(monthStart(m.month)), value: amountIn(m.value, currency) }))}
            format={(amount) => formatMoney(amount, currency)}
            series={[{ name: 'value', label: t('network.charts.businessClosed'), color: SERIES_COLOURS.won }]}
            note={noAmounts ? undefined : hint}
            replaceWith={
              noAmounts ? (
                <Text size="sm" c="dimmed" py="md">
                  {t('network.charts.noAmounts')} {hint}
                </Text>
              ) : undefined
            }
          />
        </SimpleGrid>
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="givers-heading" maw={560}>
        <Stack gap="sm">
          <Title order={2} size="h3" id="givers-heading">
            {t('network.givers.heading')}
          </Title>
          <TopGiversList givers={network.topGivers} />
        </Stack>
      </Card>
    </>
  );
}
