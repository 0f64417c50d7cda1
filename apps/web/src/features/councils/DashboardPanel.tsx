import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CouncilDashboardQuery as DashboardResult, EngagementLight } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { Loading, LoadError } from '../../lib/QueryState';
import { MonthlyChart } from '../referrals/MonthlyChart';
import { CouncilDashboardQuery } from './graphql';

const ReferralGraph = lazy(() => import('./ReferralGraph'));

type Dashboard = NonNullable<NonNullable<DashboardResult['council']>['dashboard']>;

const LIGHT_COLOURS: Record<EngagementLight, string> = { GREEN: 'teal', AMBER: 'yellow', RED: 'red' };

/** The downloaded CSV's words: the file is not shown on the page, and its headings stay in English for now. */
const CSV_LIGHTS: Record<EngagementLight, string> = { GREEN: 'Green', AMBER: 'Amber', RED: 'Red' };

const SHORT_MONTH: Intl.DateTimeFormatOptions = { month: 'short', year: '2-digit', timeZone: 'UTC' };
const LONG_MONTH: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/** The figures as CSV (papaparse, loaded when asked for), downloaded from the page. */
async function downloadCsv(name: string, dashboard: Dashboard) {
  const { default: Papa } = await import('papaparse');
  const rows = dashboard.coops.map((c) => ({
    'Co-op': c.coop.name,
    'Meetings attended': c.meetingsAttended,
    'Meetings held': dashboard.meetingsHeld,
    'Referrals given': c.referralsGiven,
    'Referrals received': c.referralsReceived,
    'Business closed': c.businessClosed.map((t) => `${t.amount} ${t.currency}`).join('; '),
    Introductions: c.introductions,
    'Visitors brought': c.visitorsBrought,
    Light: CSV_LIGHTS[c.light],
    Why: c.lightReason,
  }));
  // A byte-order mark, so that spreadsheet programs read the file as UTF-8.
  // escapeFormulae: a co-op named "=HYPERLINK(...)" must not run as a formula in a spreadsheet.
  const blob = new Blob([`\uFEFF${Papa.unparse(rows, { escapeFormulae: true })}`], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-dashboard.csv`;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Organisers: the last six months per member co-op, the months, and who refers whom. */
export function DashboardPanel({ slug }: { slug: string }) {
  const { t } = useTranslation('councils');
  const { formatDate, formatMoney, formatNumber } = useFormat();
  const { data, loading, error, refetch } = useQuery(CouncilDashboardQuery, { variables: { slug } });
  if (loading && !data) return <Loading label={t('dashboard.loading')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const council = data?.council;
  const dashboard = council?.dashboard;
  if (!council || !dashboard) return null;
  const money = (totals: Dashboard['coops'][number]['businessClosed']) => totals.map((total) => formatMoney(total.amount, total.currency)).join(', ') || '—';
  const months = dashboard.months.map((m) => ({ month: formatDate(m.month, SHORT_MONTH), meetings: m.meetings, attendance: m.attendance, referrals: m.referrals, introductions: m.introductions }));
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h4">
            {t('dashboard.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dashboard.held', { count: dashboard.meetingsHeld, since: formatDate(dashboard.from, LONG_MONTH) })}
          </Text>
        </div>
        <Button variant="light" leftSection={<IconDownload size={16} />} onClick={() => void downloadCsv(council.name, dashboard)}>
          {t('dashboard.download')}
        </Button>
      </Group>
      <Text size="sm" maw={760}>
        {dashboard.rule}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table striped>
          <Table.Caption>{t('dashboard.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dashboard.column.coop')}</Table.Th>
              <Table.Th>{t('dashboard.column.light')}</Table.Th>
              <Table.Th ta="right">{t('dashboard.column.meetings')}</Table.Th>
              <Table.Th ta="right">{t('dashboard.column.referralsGiven')}</Table.Th>
              <Table.Th ta="right">{t('dashboard.column.received')}</Table.Th>
              <Table.Th>{t('dashboard.column.businessClosed')}</Table.Th>
              <Table.Th ta="right">{t('dashboard.column.introductions')}</Table.Th>
              <Table.Th ta="right">{t('dashboard.column.visitors')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dashboard.coops.map((c) => (
              <Table.Tr key={c.coop.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/coops/${c.coop.slug}`}>
                    {c.coop.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Tooltip label={c.lightReason}>
                    <Badge
                      color={LIGHT_COLOURS[c.light]}
                      variant="light"
                      miw="fit-content"
                      style={{ flexShrink: 0 }}
                      aria-label={t('dashboard.lightLabel', { light: t(`dashboard.light.${c.light}`), reason: c.lightReason })}
                    >
                      {t(`dashboard.light.${c.light}`)}
                    </Badge>
                  </Tooltip>
                  <Text size="xs" c="dimmed">
                    {c.lightReason}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  {t('dashboard.attended', { attended: c.meetingsAttended, held: dashboard.meetingsHeld })}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(c.referralsGiven)}</Table.Td>
                <Table.Td ta="right">{formatNumber(c.referralsReceived)}</Table.Td>
                <Table.Td>{money(c.businessClosed)}</Table.Td>
                <Table.Td ta="right">{formatNumber(c.introductions)}</Table.Td>
                <Table.Td ta="right">{formatNumber(c.visitorsBrought)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <MonthlyChart
        title={t('dashboard.chart.title')}
        kind="bar"
        data={months}
        series={[
          { name: 'attendance', label: t('dashboard.chart.attendance'), color: 'teal.6' },
          { name: 'referrals', label: t('dashboard.chart.referrals'), color: 'blue.6' },
          { name: 'introductions', label: t('dashboard.chart.introductions'), color: 'grape.6' },
        ]}
      />
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('dashboard.graphTitle')}
        </Title>
        <Suspense fallback={<Loading label={t('dashboard.drawing')} />}>
          <ReferralGraph coops={dashboard.coops.map((c) => c.coop)} links={dashboard.referralLinks} />
        </Suspense>
      </Stack>
    </Stack>
  );
}
