import { Alert, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconClipboardList, IconFlag, IconKey } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { Loading } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { useViewer } from '../accounts/useViewer';
import { ClaimsQueue } from './ClaimsQueue';
import { ModerationLog } from './ModerationLog';
import { ReportsQueue } from './ReportsQueue';

const TABS = ['claims', 'reports', 'log'] as const;
type Tab = (typeof TABS)[number];

/** /admin: claims waiting for approval, reports, and what administrators did. Site administrators only. */
export function AdminPage() {
  usePageTitle('Administration');
  return (
    <RequireSignIn reason="Sign in to moderate.">
      <Admin />
    </RequireSignIn>
  );
}

function Admin() {
  const { viewer, loading } = useViewer();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'claims';
  if (loading) return <Loading label="Checking your account…" />;
  if (viewer?.siteRole !== 'ADMIN') {
    return (
      <Alert color="orange" title="This page is for site administrators" role="alert" my="xl" maw={560}>
        Site administrators decide claims to co-ops and moderate reports. The role is given by whoever runs this server, from the command
        line.
      </Alert>
    );
  }
  return (
    <Stack gap="md" maw={900}>
      <Title order={1}>Administration</Title>
      <Text c="dimmed" size="sm">
        Everything done here is kept with who did it, when and why.
      </Text>
      <Tabs value={tab} onChange={(value) => setParams(value && value !== 'claims' ? { tab: value } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="claims" leftSection={<IconKey size={16} aria-hidden />}>
            Claims
          </Tabs.Tab>
          <Tabs.Tab value="reports" leftSection={<IconFlag size={16} aria-hidden />}>
            Reports
          </Tabs.Tab>
          <Tabs.Tab value="log" leftSection={<IconClipboardList size={16} aria-hidden />}>
            Log
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="claims" pt="md">
          <ClaimsQueue />
        </Tabs.Panel>
        <Tabs.Panel value="reports" pt="md">
          <ReportsQueue />
        </Tabs.Panel>
        <Tabs.Panel value="log" pt="md">
          <ModerationLog />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
