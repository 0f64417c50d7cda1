import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModerationSubject } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { Loading, LoadError } from '../../lib/QueryState';
import { DismissReportsMutation, HideContentMutation, OpenReportsQuery } from './graphql';
import { ReasonModal } from './ReasonModal';
import { subjectLink } from './subject-links';

type Acting = { kind: ModerationSubject; id: string; label: string; hide: boolean };

/** Open reports, oldest first: hide what they are about, or dismiss them. */
export function ReportsQueue() {
  const { t } = useTranslation('moderation');
  const { formatDayAndTime } = useFormat();
  const { data, loading, error, refetch, fetchMore } = useQuery(OpenReportsQuery, { notifyOnNetworkStatusChange: true });
  const options = { refetchQueries: [OpenReportsQuery, 'ModerationLog'] };
  const [hide] = useMutation(HideContentMutation, options);
  const [dismiss] = useMutation(DismissReportsMutation, options);
  const [acting, setActing] = useState<Acting | null>(null);
  if (loading && !data) return <Loading label={t('reportsQueue.loading')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const connection = data?.moderation?.openReports;
  if (!connection) return null;
  if (connection.edges.length === 0) return <Text c="dimmed">{t('reportsQueue.empty')}</Text>;

  const act = async (what: Acting, reason: string) => {
    const input = { subject: { kind: what.kind, id: what.id }, reason };
    const result = what.hide ? (await hide({ variables: { input } })).data?.hideContent : (await dismiss({ variables: { input } })).data?.dismissReports;
    const problem = result?.errors[0] ?? null;
    if (!problem) notifications.show({ color: 'teal', message: what.hide ? t('reportsQueue.hidden', { label: what.label }) : t('reportsQueue.dismissed') });
    return problem;
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('reportsQueue.open', { count: connection.totalCount })}
      </Text>
      {connection.edges.map(({ node }) => {
        const item = subjectLink(node, t);
        return (
          <Card key={node.id} withBorder padding="sm" component="article" aria-label={t('reportsQueue.card', { label: item.label })}>
            <Stack gap={6}>
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <Stack gap={2}>
                  <Anchor component={Link} to={item.to} fw={600}>
                    {item.label}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {t('reportsQueue.reportedBy', { name: node.reporter.displayName, email: node.reporter.email, date: formatDayAndTime(node.createdAt) })}
                  </Text>
                </Stack>
                <Group gap="xs">
                  <Button size="xs" color="orange" onClick={() => setActing({ kind: node.subject, id: item.id, label: item.label, hide: true })}>
                    {t('reportsQueue.hide')}
                  </Button>
                  <Button size="xs" variant="light" onClick={() => setActing({ kind: node.subject, id: item.id, label: item.label, hide: false })}>
                    {t('reportsQueue.dismiss')}
                  </Button>
                </Group>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {t('quoted', { text: node.reason })}
              </Text>
            </Stack>
          </Card>
        );
      })}
      {connection.pageInfo.hasNextPage && (
        <Button variant="subtle" w="fit-content" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
          {t('loadMore')}
        </Button>
      )}
      <ReasonModal
        opened={acting !== null}
        title={acting?.hide ? t('reportsQueue.hideTitle', { label: acting.label }) : t('reportsQueue.dismissTitle', { label: acting?.label ?? '' })}
        label={acting?.hide ? t('reportsQueue.hideLabel') : t('reportsQueue.dismissLabel')}
        submitLabel={acting?.hide ? t('reportsQueue.hide') : t('reportsQueue.dismiss')}
        color={acting?.hide ? 'orange' : undefined}
        minLength={5}
        onClose={() => setActing(null)}
        onSubmit={(reason) => act(acting!, reason)}
      />
    </Stack>
  );
}
