import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/useFormat';
import { Loading, LoadError } from '../../lib/QueryState';
import { ApproveClaimMutation, ClaimsAwaitingReviewQuery, RejectClaimMutation } from './graphql';
import { ReasonModal } from './ReasonModal';

type Decision = { claimId: string; coopName: string; approve: boolean };

/** Claims whose claimants asked for approval, oldest first: approve, or reject saying why. */
export function ClaimsQueue() {
  const { t } = useTranslation('moderation');
  const { formatDayAndTime } = useFormat();
  const { data, loading, error, refetch, fetchMore } = useQuery(ClaimsAwaitingReviewQuery, { notifyOnNetworkStatusChange: true });
  const options = { refetchQueries: [ClaimsAwaitingReviewQuery, 'ClaimLog'] };
  const [approve] = useMutation(ApproveClaimMutation, options);
  const [reject] = useMutation(RejectClaimMutation, options);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  if (loading && !data) return <Loading label={t('claimsQueue.loading')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const connection = data?.moderation?.claimsAwaitingReview;
  if (!connection) return null;
  if (connection.edges.length === 0) return <Text c="dimmed">{t('claimsQueue.empty')}</Text>;

  const decide = async (decision: Decision, reason: string) => {
    const input = { claimId: decision.claimId, reason: reason || null };
    const result = decision.approve ? (await approve({ variables: { input } })).data?.approveClaim : (await reject({ variables: { input } })).data?.rejectClaim;
    const problem = result?.errors[0] ?? null;
    if (!problem) notifications.show({ color: 'teal', message: decision.approve ? t('claimsQueue.approved', { name: decision.coopName }) : t('claimsQueue.rejected') });
    return problem;
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('claimsQueue.waiting', { count: connection.totalCount })}
      </Text>
      {connection.edges.map(({ node }) => (
        <Card key={node.id} withBorder padding="sm" component="article" aria-label={t('claimsQueue.card', { name: node.coop.name })}>
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Anchor component={Link} to={`/coops/${node.coop.slug}`} fw={600}>
                  {node.coop.name}
                </Anchor>
                <Text size="sm">
                  {node.reviewRequestedAt
                    ? t('claimsQueue.claimantAsked', { name: node.claimant.displayName, email: node.claimant.email, date: formatDayAndTime(node.reviewRequestedAt) })
                    : t('claimsQueue.claimant', { name: node.claimant.displayName, email: node.claimant.email })}
                </Text>
                {node.website && (
                  <Text size="sm" c="dimmed">
                    {t('claimsQueue.website', { website: node.website })}
                  </Text>
                )}
              </Stack>
              <Group gap="xs">
                <Button size="xs" onClick={() => setDeciding({ claimId: node.id, coopName: node.coop.name, approve: true })}>
                  {t('claimsQueue.approve')}
                </Button>
                <Button size="xs" variant="light" color="red" onClick={() => setDeciding({ claimId: node.id, coopName: node.coop.name, approve: false })}>
                  {t('claimsQueue.reject')}
                </Button>
              </Group>
            </Group>
            {node.reviewNote && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {t('quoted', { text: node.reviewNote })}
              </Text>
            )}
          </Stack>
        </Card>
      ))}
      {connection.pageInfo.hasNextPage && (
        <Button variant="subtle" w="fit-content" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
          {t('loadMore')}
        </Button>
      )}
      <ReasonModal
        opened={deciding !== null}
        title={deciding?.approve ? t('claimsQueue.approveTitle', { name: deciding.coopName }) : t('claimsQueue.rejectTitle', { name: deciding?.coopName ?? '' })}
        label={deciding?.approve ? t('claimsQueue.approveLabel') : t('claimsQueue.rejectLabel')}
        submitLabel={deciding?.approve ? t('claimsQueue.approve') : t('claimsQueue.reject')}
        color={deciding?.approve ? undefined : 'red'}
        minLength={deciding?.approve ? 0 : 5}
        onClose={() => setDeciding(null)}
        onSubmit={(reason) => decide(deciding!, reason)}
      />
    </Stack>
  );
}
