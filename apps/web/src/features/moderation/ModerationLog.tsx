import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModerationSubject } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { Loading, LoadError } from '../../lib/QueryState';
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
  const { t } = useTranslation('moderation');
  const { formatDayAndTime } = useFormat();
  const { data, loading, error, refetch, fetchMore } = useQuery(ModerationLogQuery, { notifyOnNetworkStatusChange: true });
  const [unhide] = useMutation(UnhideContentMutation, { refetchQueries: [ModerationLogQuery] });
  const [showing, setShowing] = useState<{ kind: ModerationSubject; id: string; label: string } | null>(null);
  if (loading && !data) return <Loading label={t('log.loading')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const connection = data?.moderation?.actions;
  if (!connection) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="actions-heading">
      <Title order={2} size="h4" id="actions-heading">
        {t('log.heading')}
      </Title>
      {connection.edges.length === 0 && <Text c="dimmed">{t('log.empty')}</Text>}
      {connection.edges.map(({ node }) => {
        const item = subjectLink(node, t);
        return (
          <Group key={node.id} justify="space-between" wrap="wrap" gap="xs" align="flex-start">
            <Stack gap={0}>
              <Group gap="xs">
                <Badge size="sm" color={KIND_COLORS[node.kind]} variant="light">
                  {t(`log.kind.${node.kind}`)}
                </Badge>
                <Anchor component={Link} to={item.to} size="sm">
                  {item.label}
                </Anchor>
              </Group>
              <Text size="xs" c="dimmed">
                {node.actor
                  ? t('log.byActor', { actor: node.actor.displayName, date: formatDayAndTime(node.createdAt), reason: node.reason })
                  : t('log.byFormerAdmin', { date: formatDayAndTime(node.createdAt), reason: node.reason })}
              </Text>
            </Stack>
            {node.kind === 'HIDE' && node.hiddenNow && (
              <Button size="xs" variant="light" onClick={() => setShowing({ kind: node.subject, id: item.id, label: item.label })}>
                {t('log.showAgain')}
              </Button>
            )}
          </Group>
        );
      })}
      {connection.pageInfo.hasNextPage && (
        <Button variant="subtle" w="fit-content" onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
          {t('loadMore')}
        </Button>
      )}
      <ReasonModal
        opened={showing !== null}
        title={t('log.showTitle', { label: showing?.label ?? '' })}
        label={t('log.showLabel')}
        submitLabel={t('log.showAgain')}
        minLength={5}
        onClose={() => setShowing(null)}
        onSubmit={async (reason) => {
          const { data: result } = await unhide({ variables: { input: { subject: { kind: showing!.kind, id: showing!.id }, reason } } });
          const problem = result?.unhideContent.errors[0] ?? null;
          if (!problem) notifications.show({ color: 'teal', message: t('log.shown', { label: showing!.label }) });
          return problem;
        }}
      />
    </Stack>
  );
}

function ClaimSteps() {
  const { t } = useTranslation('moderation');
  const { formatDayAndTime } = useFormat();
  const { data, loading, error, refetch, fetchMore } = useQuery(ClaimLogQuery, { notifyOnNetworkStatusChange: true });
  if (loading && !data) return <Loading label={t('claimSteps.loading')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const connection = data?.moderation?.claimEvents;
  if (!connection) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="claim-steps-heading">
      <Title order={2} size="h4" id="claim-steps-heading">
        {t('claimSteps.heading')}
      </Title>
      {connection.edges.length === 0 ? (
        <Text c="dimmed">{t('claimSteps.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('claimSteps.when')}</Table.Th>
                <Table.Th>{t('claimSteps.coop')}</Table.Th>
                <Table.Th>{t('claimSteps.step')}</Table.Th>
                <Table.Th>{t('claimSteps.who')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {connection.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>{formatDayAndTime(node.createdAt)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/coops/${node.coop.slug}`} size="sm">
                      {node.coop.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {node.detail
                      ? t('claimSteps.withDetail', { step: t(`claimSteps.kind.${node.kind}`), detail: node.detail })
                      : t(`claimSteps.kind.${node.kind}`)}
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
          {t('loadMore')}
        </Button>
      )}
    </Stack>
  );
}
