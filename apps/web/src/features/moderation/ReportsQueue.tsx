import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ModerationSubject } from '../../gql/graphql';
import { Loading, LoadError } from '../../lib/QueryState';
import { formatWhen } from '../claims/claim-labels';
import { DismissReportsMutation, HideContentMutation, OpenReportsQuery } from './graphql';
import { ReasonModal } from './ReasonModal';
import { subjectLink } from './subject-links';

type Acting = { kind: ModerationSubject; id: string; label: string; hide: boolean };

/** Open reports, oldest first: hide what they are about, or dismiss them. */
export function ReportsQueue() {
  const { data, loading, error, refetch, fetchMore } = useQuery(OpenReportsQuery, { notifyOnNetworkStatusChange: true });
  const options = { refetchQueries: [OpenReportsQuery, 'ModerationLog'] };
  const [hide] = useMutation(HideContentMutation, options);
  const [dismiss] = useMutation(DismissReportsMutation, options);
  const [acting, setActing] = useState<Acting | null>(null);
  if (loading && !data) return <Loading label="Loading reports…" />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const connection = data?.moderation?.openReports;
  if (!connection) return null;
  if (connection.edges.length === 0) return <Text c="dimmed">No open reports.</Text>;

  const act = async (what: Acting, reason: string) => {
    const input = { subject: { kind: what.kind, id: what.id }, reason };
    const result = what.hide ? (await hide({ variables: { input } })).data?.hideContent : (await dismiss({ variables: { input } })).data?.dismissReports;
    const problem = result?.errors[0] ?? null;
    if (!problem) notifications.show({ color: 'teal', message: what.hide ? `Hidden: ${what.label}.` : 'Its reports are dismissed.' });
    return problem;
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {connection.totalCount} open
      </Text>
      {connection.edges.map(({ node }) => {
        const item = subjectLink(node);
        return (
          <Card key={node.id} withBorder padding="sm" component="article" aria-label={`Report of ${item.label}`}>
            <Stack gap={6}>
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <Stack gap={2}>
                  <Anchor component={Link} to={item.to} fw={600}>
                    {item.label}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    Reported by {node.reporter.displayName} ({node.reporter.email}), {formatWhen(node.createdAt)}
                  </Text>
                </Stack>
                <Group gap="xs">
                  <Button size="xs" color="orange" onClick={() => setActing({ kind: node.subject, id: item.id, label: item.label, hide: true })}>
                    Hide
                  </Button>
                  <Button size="xs" variant="light" onClick={() => setActing({ kind: node.subject, id: item.id, label: item.label, hide: false })}>
                    Dismiss
                  </Button>
                </Group>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                “{node.reason}”
              </Text>
            </Stack>
          </Card>
        );
      })}
      {connection.pageInfo.hasNextPage && (
        <Button variant="subtle" w="fit-content" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
          Load more
        </Button>
      )}
      <ReasonModal
        opened={acting !== null}
        title={acting?.hide ? `Hide ${acting.label}` : `Dismiss the reports of ${acting?.label ?? ''}`}
        label={acting?.hide ? 'Why? Its co-op’s members read this.' : 'Why is nothing wrong? (kept in the log)'}
        submitLabel={acting?.hide ? 'Hide' : 'Dismiss'}
        color={acting?.hide ? 'orange' : undefined}
        minLength={5}
        onClose={() => setActing(null)}
        onSubmit={(reason) => act(acting!, reason)}
      />
    </Stack>
  );
}
