import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BusinessThanksFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { Loading, LoadError } from '../../lib/QueryState';
import { describeError } from '../../lib/errors';
import { AnswerThanksMutation, BusinessThanksListQuery, CoopReferralLedgerQuery } from './graphql';

const PAGE_SIZE = 20;

/** Thanks for closed business the co-op gave and received, newest first. */
export function ThanksList({ coop }: { coop: { id: string; slug: string } }) {
  const { t } = useTranslation('referrals');
  const { data, loading, error, refetch, fetchMore } = useQuery(BusinessThanksListQuery, {
    variables: { slug: coop.slug, first: PAGE_SIZE, after: null },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.coop?.businessThanks;

  if (loading && !data) return <Loading label={t('thanks.loading')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!connection) return null;
  if (connection.edges.length === 0) {
    return (
      <Text c="dimmed" py="md">
        {t('thanks.none')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('thanks.label')}>
        {connection.edges.map(({ node }) => (
          <li key={node.id}>
            <ThanksRow thanks={node} coopId={coop.id} />
          </li>
        ))}
      </Stack>
      {connection.pageInfo.hasNextPage && (
        <Button variant="subtle" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
          {t('loadMore')}
        </Button>
      )}
    </Stack>
  );
}

function ThanksRow({ thanks, coopId }: { thanks: BusinessThanksFieldsFragment; coopId: string }) {
  const { t } = useTranslation('referrals');
  const { formatDay, formatMoney } = useFormat();
  const received = thanks.to.id === coopId;
  const other = received ? thanks.from : thanks.to;
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} miw={0}>
          <Text fw={600}>
            <Trans
              t={t}
              i18nKey={received ? 'thanks.thankedBy' : 'thanks.youThanked'}
              values={{ coop: other.name }}
              components={{ to: <Anchor component={Link} to={`/coops/${other.slug}`} inherit /> }}
            />
          </Text>
          <Text size="sm" c="dimmed">
            {formatDay(thanks.createdAt)}
            {thanks.referral && (
              <>
                {' · '}
                <Anchor component={Link} to={`/referrals/${thanks.referral.id}`} size="sm">
                  {t('thanks.forReferral')}
                </Anchor>
              </>
            )}
          </Text>
          {thanks.note && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {thanks.note}
            </Text>
          )}
        </Stack>
        <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
          <Text fw={700}>{formatMoney(thanks.value.amount, thanks.value.currency)}</Text>
          {thanks.status !== 'CONFIRMED' && (
            <Badge size="sm" variant="light" color={thanks.status === 'PENDING' ? 'yellow' : 'gray'}>
              {thanks.status === 'PENDING' ? t('thanks.pending') : t('thanks.rejected')}
            </Badge>
          )}
        </Stack>
      </Group>
      {thanks.viewerCanAnswer && <AnswerThanks thanks={thanks} />}
    </Card>
  );
}

/**
 * A thank-you crediting the reader's co-op, thanked directly: it counts in the ledgers once
 * someone here confirms the business was theirs, and never if they reject it.
 */
function AnswerThanks({ thanks }: { thanks: BusinessThanksFieldsFragment }) {
  const { t } = useTranslation('referrals');
  const [answer, { loading }] = useMutation(AnswerThanksMutation, { refetchQueries: [CoopReferralLedgerQuery] });
  const [problem, setProblem] = useState<string | null>(null);
  const send = async (confirm: boolean) => {
    setProblem(null);
    try {
      const { data } = await answer({ variables: { input: { thanksId: thanks.id, confirm } } });
      const errors = data?.answerThanks.errors ?? [];
      if (errors.length) return setProblem(errors[0]!.message);
      notifications.show({ color: 'teal', message: confirm ? t('thanks.confirmed') : t('thanks.rejectedDone') });
    } catch (error) {
      setProblem(describeError(error));
    }
  };
  return (
    <Stack gap="xs" mt="sm">
      <Text size="sm">{t('thanks.question', { to: thanks.to.name, from: thanks.from.name })}</Text>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <Group gap="xs">
        <Button size="xs" loading={loading} onClick={() => void send(true)}>
          {t('thanks.confirm')}
        </Button>
        <Button size="xs" variant="default" disabled={loading} onClick={() => void send(false)}>
          {t('thanks.reject')}
        </Button>
      </Group>
    </Stack>
  );
}
