import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FulfilmentClaimFieldsFragment } from '../../gql/graphql';
import { describeError } from '../../lib/errors';
import { ConfirmFulfilmentMutation, RejectFulfilmentMutation } from './graphql';
import { formatDay } from './labels';

type Claim = Pick<FulfilmentClaimFieldsFragment, 'id' | 'fulfilmentStatus' | 'fulfilmentAnsweredAt' | 'viewerCanAnswerFulfilment'>;
type CoopLink = { slug: string; name: string };

/**
 * How a met need reads on its page: who its co-op says met it and whether that co-op agrees.
 * Naming a co-op is only a claim until the named co-op confirms it, so the page says so.
 */
export function FulfilmentClaim({ need, owner, fulfilledBy }: { need: Claim; owner: CoopLink; fulfilledBy: CoopLink | null | undefined }) {
  if (!fulfilledBy) return <Alert color="blue">Met.</Alert>;
  const by = (
    <Anchor component={Link} to={`/coops/${fulfilledBy.slug}`}>
      {fulfilledBy.name}
    </Anchor>
  );
  const answered = need.fulfilmentAnsweredAt ? ` on ${formatDay(need.fulfilmentAnsweredAt)}` : '';
  return (
    <Alert color={need.fulfilmentStatus === 'REJECTED' ? 'gray' : 'blue'} aria-live="polite">
      <Stack gap="xs">
        <Text size="sm">
          {need.fulfilmentStatus === 'CONFIRMED' && <>Met by {by}, who confirmed it{answered}.</>}
          {need.fulfilmentStatus === 'REJECTED' && (
            <>
              {owner.name} said {by} met it; {fulfilledBy.name} says it did not{answered}.
            </>
          )}
          {need.fulfilmentStatus === 'CLAIMED' && (
            <>
              Met by {by}, {owner.name} says. Waiting for {fulfilledBy.name} to confirm it.
            </>
          )}
        </Text>
        {need.viewerCanAnswerFulfilment && <FulfilmentAnswer needId={need.id} owner={owner.name} mine={fulfilledBy.name} />}
      </Stack>
    </Alert>
  );
}

/**
 * Confirm or Reject, for members of the co-op named as meeting a need (in its inbox item and on
 * the need's page). The answer comes back as the need's claim fields, which Apollo's cache puts
 * wherever the need is shown.
 */
export function FulfilmentAnswer({ needId, owner, mine }: { needId: string; owner: string; mine: string }) {
  const [error, setError] = useState<string | null>(null);
  const options = { refetchQueries: ['Inbox', 'UnreadCount'] };
  const [confirm, confirming] = useMutation(ConfirmFulfilmentMutation, options);
  const [reject, rejecting] = useMutation(RejectFulfilmentMutation, options);
  const busy = confirming.loading || rejecting.loading;

  const answer = async (yes: boolean) => {
    setError(null);
    try {
      const result = yes
        ? (await confirm({ variables: { needId } })).data?.confirmFulfilment
        : (await reject({ variables: { needId } })).data?.rejectFulfilment;
      const problem = result?.errors[0];
      if (problem || !result?.need) {
        setError(problem?.message ?? 'Your answer was not saved. Please try again.');
        return;
      }
      notifications.show({
        color: 'teal',
        message: yes ? `Confirmed: ${mine} met it.` : `Rejected: it will not count as business between your co-ops.`,
      });
    } catch (e) {
      setError(describeError(e));
    }
  };

  return (
    <Stack gap={6}>
      {error && (
        <Alert color="red" role="alert" py={6}>
          {error}
        </Alert>
      )}
      <Group gap="xs" role="group" aria-label={`Did ${mine} meet this need?`}>
        <Button size="xs" loading={confirming.loading} disabled={busy} onClick={() => void answer(true)}>
          Confirm
        </Button>
        <Button size="xs" variant="default" loading={rejecting.loading} disabled={busy} onClick={() => void answer(false)}>
          Reject
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {owner} says {mine} met this need. Confirming counts it as business done between your co-ops.
      </Text>
    </Stack>
  );
}
