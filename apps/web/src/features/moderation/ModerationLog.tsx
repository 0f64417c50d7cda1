import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ModerationSubject } from '../../gql/graphql';
import { Loading, LoadError } from '../../lib/QueryState';
import { formatWhen } from '../claims/claim-labels';
import { ClaimLogQuery, ModerationLogQuery, UnhideContentMutation } from './graphql';
import { ReasonModal } from './ReasonModal';
import { subjectLink } from './subject-links';

const KIND_COLORS = { HIDE: 'orange', UNHIDE: 'teal', DISMISS: 'gray' } as const;

/** What administrators did (a hidden item can be shown again from here), and every claim's steps. */
export function ModerationLog() {
  return (
    <Stack gap="xl">
      <Actions />
      <ClaimSteps />
    </Stack>
  );
}

function Actions() {
  const { data, loading, error, refetch, fetchMore } = useQuery(ModerationLogQuery, { notifyOnNetworkStatusChange: true });
  const [unhide] = useMutation(UnhideContentMutation, { refetchQueries: [ModerationLogQuery] });
  const [showing, setShowing] = useState<{ kind: ModerationSubject; id: string; label: string } | null>(null);
  if (loading && !data) return <Loading label="Loading the log…" />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const connection = data?.moderation?.actions;
  if (!connection) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="actions-heading">
      <Title order={2} size="h4" id="actions-heading">
        Hidden, shown and dismissed
      </Title>
      {connection.edges.length === 0 && <Text c="dimmed">Nothing yet.</Text>}
      {connection.edges.map(({ node }) => {
        const item = subjectLink(node);
        return (
          <Group key={node.id} justify="space-between" wrap="wrap" gap="xs" align="flex-start">
            <Stack gap={0}>
              <Group gap="xs">
                <Badge size="sm" color={KIND_COLORS[node.kind]} variant="light">
                  {node.kind.toLowerCase()}
                </Badge>
                <Anchor component={Link} to={item.to} size="sm">
                  {item.label}
                </Anchor>
              </Group>
              <Text size="xs" c="dimmed">
                {node.actor?.displayName ?? 'A former administrator'}, {formatWhen(node.createdAt)}: {node.reason}
              </Text>
            </Stack>
            {node.kind === 'HIDE' && node.hiddenNow && (
              <Button size="xs" variant="light" onClick={() => setShowing({ kind: node.subject, id: item.id, label: item.label })}>
                Show again
              </Button>
            )}
          </Group>
        );
      })}
      {connection.pageInfo.hasNextPage && (
        <Button variant="subtle" w="fit-content" onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
          Load more
        </Button>
      )}
      <ReasonModal
        opened={showing !== null}
        title={`Show ${showing?.label ?? ''} again`}
        label="Why? (kept in the log)"
        submitLabel="Show again"
        minLength={5}
        onClose={() => setShowing(null)}
        onSubmit={async (reason) => {
          const { data: result } = await unhide({ variables: { input: { subject: { kind: showing!.kind, id: showing!.id }, reason } } });
          const problem = result?.unhideContent.errors[0] ?? null;
          if (!problem) notifications.show({ color: 'teal', message: `Shown again: ${showing!.label}.` });
          return problem;
        }}
      />
    </Stack>
  );
}

function ClaimSteps() {
  const { data, loading, error, refetch, fetchMore } = useQuery(ClaimLogQuery, { notifyOnNetworkStatusChange: true });
  if (loading && !data) return <Loading label="Loading claim steps…" />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const connection = data?.moderation?.claimEvents;
  if (!connection) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="claim-steps-heading">
      <Title order={2} size="h4" id="claim-steps-heading">
        Claim steps
      </Title>
      {connection.edges.length === 0 ? (
        <Text c="dimmed">No claims yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Co-op</Table.Th>
                <Table.Th>Step</Table.Th>
                <Table.Th>Who</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {connection.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>{formatWhen(node.createdAt)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/coops/${node.coop.slug}`} size="sm">
                      {node.coop.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {node.kind.toLowerCase().replace(/_/g, ' ')}
                    {node.detail ? `: ${node.detail}` : ''}
                  </Table.Td>
                  <Table.Td>{node.actor?.displayName ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {connection.pageInfo.hasNextPage && (
        <Button variant="subtle" w="fit-content" onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
          Load more
        </Button>
      )}
    </Stack>
  );
}
