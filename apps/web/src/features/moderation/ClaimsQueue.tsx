import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { Loading, LoadError } from '../../lib/QueryState';
import { formatWhen } from '../claims/claim-labels';
import { ApproveClaimMutation, ClaimsAwaitingReviewQuery, RejectClaimMutation } from './graphql';
import { ReasonModal } from './ReasonModal';

type Decision = { claimId: string; coopName: string; approve: boolean };

/** Claims whose claimants asked for approval, oldest first: approve, or reject saying why. */
export function ClaimsQueue() {
  const { data, loading, error, refetch, fetchMore } = useQuery(ClaimsAwaitingReviewQuery, { notifyOnNetworkStatusChange: true });
  const options = { refetchQueries: [ClaimsAwaitingReviewQuery, 'ClaimLog'] };
  const [approve] = useMutation(ApproveClaimMutation, options);
  const [reject] = useMutation(RejectClaimMutation, options);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  if (loading && !data) return <Loading label="Loading claims…" />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const connection = data?.moderation?.claimsAwaitingReview;
  if (!connection) return null;
  if (connection.edges.length === 0) return <Text c="dimmed">No claims are waiting for approval.</Text>;

  const decide = async (decision: Decision, reason: string) => {
    const input = { claimId: decision.claimId, reason: reason || null };
    const result = decision.approve ? (await approve({ variables: { input } })).data?.approveClaim : (await reject({ variables: { input } })).data?.rejectClaim;
    const problem = result?.errors[0] ?? null;
    if (!problem) notifications.show({ color: 'teal', message: decision.approve ? `Approved: they run ${decision.coopName} now.` : 'Turned down; the claimant is told why.' });
    return problem;
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {connection.totalCount} waiting
      </Text>
      {connection.edges.map(({ node }) => (
        <Card key={node.id} withBorder padding="sm" component="article" aria-label={`Claim to ${node.coop.name}`}>
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Anchor component={Link} to={`/coops/${node.coop.slug}`} fw={600}>
                  {node.coop.name}
                </Anchor>
                <Text size="sm">
                  {node.claimant.displayName} ({node.claimant.email}), asked {node.reviewRequestedAt ? formatWhen(node.reviewRequestedAt) : ''}
                </Text>
                {node.website && (
                  <Text size="sm" c="dimmed">
                    Website on the profile: {node.website}
                  </Text>
                )}
              </Stack>
              <Group gap="xs">
                <Button size="xs" onClick={() => setDeciding({ claimId: node.id, coopName: node.coop.name, approve: true })}>
                  Approve
                </Button>
                <Button size="xs" variant="light" color="red" onClick={() => setDeciding({ claimId: node.id, coopName: node.coop.name, approve: false })}>
                  Reject
                </Button>
              </Group>
            </Group>
            {node.reviewNote && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                “{node.reviewNote}”
              </Text>
            )}
          </Stack>
        </Card>
      ))}
      {connection.pageInfo.hasNextPage && (
        <Button variant="subtle" w="fit-content" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
          Load more
        </Button>
      )}
      <ReasonModal
        opened={deciding !== null}
        title={deciding?.approve ? `Approve the claim to ${deciding.coopName}` : `Reject the claim to ${deciding?.coopName ?? ''}`}
        label={deciding?.approve ? 'A note for the log (optional)' : 'Why? The claimant reads this.'}
        submitLabel={deciding?.approve ? 'Approve' : 'Reject'}
        color={deciding?.approve ? undefined : 'red'}
        minLength={deciding?.approve ? 0 : 5}
        onClose={() => setDeciding(null)}
        onSubmit={(reason) => decide(deciding!, reason)}
      />
    </Stack>
  );
}
