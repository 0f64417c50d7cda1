import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, CopyButton, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconCalendarPlus, IconPencil, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useFormat } from '../../i18n/useFormat';
import type { MeetingRowFieldsFragment } from '../../gql/graphql';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { shortWhen } from '../meetings/meeting-labels';
import { CouncilQuery } from './graphql';
import { DashboardPanel } from './DashboardPanel';
import { ImportPanel } from './ImportPanel';
import { JoinPanel } from './JoinPanel';
import { MembersPanel } from './MembersPanel';
import { OrganisersPanel } from './OrganisersPanel';
import { PendingPanel } from './PendingPanel';

const PUBLIC_TABS = ['about', 'members'] as const;
const ORGANISER_TABS = ['dashboard', 'requests', 'import', 'organisers'] as const;

/** /councils/:slug: the council's page; its tab is in the URL (?tab=members). */
export function CouncilPage() {
  // Every namespace this page's parts use, loaded together: one wait, not a page that flashes
  // back to its loader when a part from another feature first draws.
  useTranslation(['councils', 'referrals']);
  const { t } = useTranslation('councils');
  const { locale } = useFormat();
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(CouncilQuery, { variables: { slug } });
  const council = data?.council;
  usePageTitle(council?.name);
  if (loading && !data) return <Loading label={t('loadingCouncil')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!council) return <NotFoundPage what="council" />;

  const tabs: readonly string[] = council.viewerIsOrganiser ? [...PUBLIC_TABS, ...ORGANISER_TABS] : PUBLIC_TABS;
  const asked = params.get('tab') ?? 'about';
  const tab = tabs.includes(asked) ? asked : 'about';
  // A list of names in the reader's language ("A, B, C" in English).
  const organiserNames = new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(council.organisers.map((o) => o.displayName));

  return (
    <Stack px={{ base: 'xs', sm: 0 }} gap="md">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start">
          <Title order={1}>{council.name}</Title>
          {council.viewerIsOrganiser && (
            <Group gap="xs">
              <Button component={Link} to={`/councils/${council.slug}/meetings/new`} leftSection={<IconCalendarEvent size={16} />}>
                {t('page.schedule')}
              </Button>
              <Button component={Link} to={`/councils/${council.slug}/edit`} variant="subtle" leftSection={<IconPencil size={16} />}>
                {t('page.edit')}
              </Button>
            </Group>
          )}
        </Group>
        <Text c="dimmed">
          {[council.area, t('memberCoops', { count: council.memberCount })].filter(Boolean).join(' · ')}
        </Text>
      </Stack>
      {/* Six tabs for organisers: on a phone they scroll sideways in one row rather than wrap to three. */}
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'about' ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          <Tabs.Tab value="about">{t('page.tabs.about')}</Tabs.Tab>
          <Tabs.Tab value="members">{t('page.tabs.members')}</Tabs.Tab>
          {council.viewerIsOrganiser && (
            <>
              <Tabs.Tab value="dashboard">{t('page.tabs.dashboard')}</Tabs.Tab>
              <Tabs.Tab value="requests">{t('page.tabs.requests')}</Tabs.Tab>
              <Tabs.Tab value="import">{t('page.tabs.import')}</Tabs.Tab>
              <Tabs.Tab value="organisers">{t('page.tabs.organisers')}</Tabs.Tab>
            </>
          )}
        </Tabs.List>
        <Tabs.Panel value="about" pt="md">
          <Stack gap="lg" maw={900}>
            <Text style={{ whiteSpace: 'pre-line' }}>{council.description}</Text>
            <Group gap="md">
              {council.website && (
                <Group gap={4}>
                  <IconWorld size={16} aria-hidden />
                  <Anchor href={council.website} target="_blank" rel="noopener noreferrer">
                    {council.website.replace(/^https?:\/\//, '')}
                  </Anchor>
                </Group>
              )}
              {/* A council imported or seeded without organisers: no heading over nothing. */}
              {council.organisers.length > 0 && (
                <Text size="sm" c="dimmed">
                  {t('page.organisedBy', { names: organiserNames })}
                </Text>
              )}
            </Group>
            <JoinPanel council={council} />
            <Meetings title={t('page.comingUp')} meetings={council.upcomingMeetings} empty={t('page.noMeetings')} />
            <Group gap="xs">
              <CopyButton value={council.calendarUrl}>
                {({ copied, copy }) => (
                  <Button variant="light" size="xs" leftSection={<IconCalendarPlus size={14} />} onClick={copy}>
                    {copied ? t('page.calendarCopied') : t('page.copyCalendar')}
                  </Button>
                )}
              </CopyButton>
              <Text size="xs" c="dimmed">
                {t('page.calendarHint')}
              </Text>
            </Group>
            {council.pastMeetings.length > 0 && <Meetings title={t('page.pastMeetings')} meetings={council.pastMeetings} empty="" />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="members" pt="md">
          <MembersPanel slug={council.slug} memberCount={council.memberCount} organiser={council.viewerIsOrganiser} />
        </Tabs.Panel>
        {council.viewerIsOrganiser && (
          <>
            <Tabs.Panel value="dashboard" pt="md">
              <DashboardPanel slug={council.slug} />
            </Tabs.Panel>
            <Tabs.Panel value="requests" pt="md">
              <PendingPanel councilId={council.id} slug={council.slug} />
            </Tabs.Panel>
            <Tabs.Panel value="import" pt="md">
              <ImportPanel councilId={council.id} />
            </Tabs.Panel>
            <Tabs.Panel value="organisers" pt="md">
              <OrganisersPanel councilId={council.id} organisers={council.organisers} />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
    </Stack>
  );
}

function Meetings({ title, meetings, empty }: { title: string; meetings: MeetingRowFieldsFragment[]; empty: string }) {
  const { t } = useTranslation('councils');
  const { locale } = useFormat();
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      {meetings.length === 0 && <Text c="dimmed">{empty}</Text>}
      {meetings.map((m) => (
        <Card key={m.id} withBorder padding="sm" component={Link} to={`/meetings/${m.id}`}>
          <Group justify="space-between" wrap="wrap">
            <Text fw={600}>{m.title}</Text>
            <Text size="sm">{shortWhen(m, locale)}</Text>
          </Group>
          <Text size="sm" c="dimmed">
            {m.cancelledAt ? t('page.cancelled') : `${m.venue ?? t('page.online')} · ${t('going', { count: m.goingCount })}`}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
