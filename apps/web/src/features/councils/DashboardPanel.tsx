import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import type { CouncilDashboardQuery as DashboardResult, EngagementLight } from '../../gql/graphql';
import { Loading, LoadError } from '../../lib/QueryState';
import { MonthlyChart } from '../referrals/MonthlyChart';
import { CouncilDashboardQuery } from './graphql';

const ReferralGraph = lazy(() => import('./ReferralGraph'));

type Dashboard = NonNullable<NonNullable<DashboardResult['council']>['dashboard']>;

const LIGHTS: Record<EngagementLight, { color: string; word: string }> = {
  GREEN: { color: 'teal', word: 'Green' },
  AMBER: { color: 'yellow', word: 'Amber' },
  RED: { color: 'red', word: 'Red' },
};

const money = (totals: Dashboard['coops'][number]['businessClosed']) =>
  totals.map((t) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: t.currency, maximumFractionDigits: 0 }).format(t.amount)).join(', ') || '—';

const monthLabel = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });

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
    Light: LIGHTS[c.light].word,
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
  const { data, loading, error, refetch } = useQuery(CouncilDashboardQuery, { variables: { slug } });
  if (loading && !data) return <Loading label="Working out the figures…" />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const council = data?.council;
  const dashboard = council?.dashboard;
  if (!council || !dashboard) return null;
  const months = dashboard.months.map((m) => ({ month: monthLabel(m.month), meetings: m.meetings, attendance: m.attendance, referrals: m.referrals, introductions: m.introductions }));
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h4">
            The last six months
          </Title>
          <Text size="sm" c="dimmed">
            {dashboard.meetingsHeld} meeting{dashboard.meetingsHeld === 1 ? '' : 's'} held since {new Date(dashboard.from).toLocaleDateString('en-GB', { month: 'long', year: 'numeric' })}.
          </Text>
        </div>
        <Button variant="light" leftSection={<IconDownload size={16} />} onClick={() => void downloadCsv(council.name, dashboard)}>
          Download CSV
        </Button>
      </Group>
      <Text size="sm" maw={760}>
        {dashboard.rule}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table striped>
          <Table.Caption>Each member co-op, by name</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Co-op</Table.Th>
              <Table.Th>Light</Table.Th>
              <Table.Th ta="right">Meetings</Table.Th>
              <Table.Th ta="right">Referrals given</Table.Th>
              <Table.Th ta="right">Received</Table.Th>
              <Table.Th>Business closed</Table.Th>
              <Table.Th ta="right">Introductions</Table.Th>
              <Table.Th ta="right">Visitors</Table.Th>
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
                    <Badge color={LIGHTS[c.light].color} variant="light" miw="fit-content" style={{ flexShrink: 0 }} aria-label={`${LIGHTS[c.light].word}: ${c.lightReason}`}>
                      {LIGHTS[c.light].word}
                    </Badge>
                  </Tooltip>
                  <Text size="xs" c="dimmed">
                    {c.lightReason}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  {c.meetingsAttended} of {dashboard.meetingsHeld}
                </Table.Td>
                <Table.Td ta="right">{c.referralsGiven}</Table.Td>
                <Table.Td ta="right">{c.referralsReceived}</Table.Td>
                <Table.Td>{money(c.businessClosed)}</Table.Td>
                <Table.Td ta="right">{c.introductions}</Table.Td>
                <Table.Td ta="right">{c.visitorsBrought}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <MonthlyChart
        title="Month by month"
        kind="bar"
        data={months}
        series={[
          { name: 'attendance', label: 'Co-ops at meetings', color: 'teal.6' },
          { name: 'referrals', label: 'Referrals given', color: 'blue.6' },
          { name: 'introductions', label: 'Introductions', color: 'grape.6' },
        ]}
      />
      <Stack gap="xs">
        <Title order={3} size="h5">
          Who refers whom
        </Title>
        <Suspense fallback={<Loading label="Drawing the graph…" />}>
          <ReferralGraph coops={dashboard.coops.map((c) => c.coop)} links={dashboard.referralLinks} />
        </Suspense>
      </Stack>
    </Stack>
  );
}
