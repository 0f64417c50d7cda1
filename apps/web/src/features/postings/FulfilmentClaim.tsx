import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FulfilmentClaimFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { describeError } from '../../lib/errors';
import { ConfirmFulfilmentMutation, RejectFulfilmentMutation } from './graphql';

type Claim = Pick<FulfilmentClaimFieldsFragment, 'id' | 'fulfilmentStatus' | 'fulfilmentAnsweredAt' | 'viewerCanAnswerFulfilment'>;
type CoopLink = { slug: string; name: string };

/**
 * How a met need reads on its page: who its co-op says met it and whether that co-op agrees.
 * Naming a co-op is only a claim until the named co-op confirms it, so the page says so.
 */
export function FulfilmentClaim({ need, owner, fulfilledBy }: { need: Claim; owner: CoopLink; fulfilledBy: CoopLink | null | undefined }) {
  const { t } = useTranslation('postings');
  const { formatDay } = useFormat();
  if (!fulfilledBy) return <Alert color="blue">{t('claim.met')}</Alert>;
  const answeredAt = need.fulfilmentAnsweredAt;
  const key = claimKey(need.fulfilmentStatus, !!answeredAt);
  return (
    <Alert color={need.fulfilmentStatus === 'REJECTED' ? 'gray' : 'blue'} aria-live="polite">
      <Stack gap="xs">
        <Text size="sm">
          {key && (
            <Trans
              t={t}
              i18nKey={key}
              values={{ by: fulfilledBy.name, owner: owner.name, date: answeredAt ? formatDay(answeredAt) : '' }}
              components={{ by: <Anchor component={Link} to={`/coops/${fulfilledBy.slug}`} /> }}
            />
          )}
        </Text>
        {need.viewerCanAnswerFulfilment && <FulfilmentAnswer needId={need.id} owner={owner.name} mine={fulfilledBy.name} />}
      </Stack>
    </Alert>
  );
}

/** Each answer is a sentence of its own, with and without the day it was given. */
function claimKey(status: Claim['fulfilmentStatus'], answered: boolean) {
  if (status === 'CONFIRMED') return answered ? 'claim.confirmedOn' : 'claim.confirmed';
  if (status === 'REJECTED') return answered ? 'claim.rejectedOn' : 'claim.rejected';
  if (status === 'CLAIMED') return 'claim.claimed';
  return null;
}

/**
 * Confirm or Reject, for members of the co-op named as meeting a need (in its inbox item and on
 * the need's page). The answer comes back as the need's claim fields, which Apollo's cache puts
 * wherever the need is shown.
 */
export function FulfilmentAnswer({ needId, owner, mine }: { needId: string; owner: string; mine: string }) {
  const { t } = useTranslation('postings');
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
        setError(problem?.message ?? t('answer.notSaved'));
        return;
      }
      notifications.show({
        color: 'teal',
        message: yes ? t('answer.confirmed', { coop: mine }) : t('answer.rejected'),
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
      <Group gap="xs" role="group" aria-label={t('answer.group', { coop: mine })}>
        <Button size="xs" loading={confirming.loading} disabled={busy} onClick={() => void answer(true)}>
          {t('answer.confirm')}
        </Button>
        <Button size="xs" variant="default" loading={rejecting.loading} disabled={busy} onClick={() => void answer(false)}>
          {t('answer.reject')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('answer.explain', { owner, coop: mine })}
      </Text>
    </Stack>
  );
}
