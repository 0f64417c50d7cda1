import { Alert, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconClipboardList, IconFlag, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('moderation');
  usePageTitle(t('admin.title'));
  return (
    <RequireSignIn reason={t('admin.signInReason')}>
      <Admin />
    </RequireSignIn>
  );
}

function Admin() {
  const { t } = useTranslation('moderation');
  const { viewer, loading } = useViewer();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'claims';
  if (loading) return <Loading label={t('admin.checking')} />;
  if (viewer?.siteRole !== 'ADMIN') {
    return (
      <Alert color="orange" title={t('admin.notAdminTitle')} role="alert" my="xl" maw={560}>
        {t('admin.notAdminBody')}
      </Alert>
    );
  }
  return (
    <Stack gap="md" maw={900}>
      <Title order={1}>{t('admin.title')}</Title>
      <Text c="dimmed" size="sm">
        {t('admin.intro')}
      </Text>
      <Tabs value={tab} onChange={(value) => setParams(value && value !== 'claims' ? { tab: value } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="claims" leftSection={<IconKey size={16} aria-hidden />}>
            {t('admin.tabs.claims')}
          </Tabs.Tab>
          <Tabs.Tab value="reports" leftSection={<IconFlag size={16} aria-hidden />}>
            {t('admin.tabs.reports')}
          </Tabs.Tab>
          <Tabs.Tab value="log" leftSection={<IconClipboardList size={16} aria-hidden />}>
            {t('admin.tabs.log')}
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
