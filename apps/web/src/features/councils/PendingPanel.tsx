import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading, LoadError } from '../../lib/QueryState';
import { CoopPicker, type PickedCoop } from '../referrals/CoopPicker';
import { AnswerJoinMutation, CouncilQuery, InviteCoopMutation, LeaveCouncilMutation, PendingMembersQuery } from './graphql';

/** Organisers: requests to answer, invitations waiting, and inviting a co-op. */
export function PendingPanel({ councilId, slug }: { councilId: string; slug: string }) {
  const { t } = useTranslation('councils');
  const { data, loading, error, refetch } = useQuery(PendingMembersQuery, { variables: { slug } });
  const refetchQueries = [PendingMembersQuery, CouncilQuery, 'CouncilMembers'];
  const [answer, answerState] = useMutation(AnswerJoinMutation, { refetchQueries });
  const [leave, leaveState] = useMutation(LeaveCouncilMutation, { refetchQueries });
  if (loading && !data) return <Loading label={t('pending.loading')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const pending = data?.council?.pendingMembers ?? [];
  const requests = pending.filter((p) => p.status === 'REQUESTED');
  const invited = pending.filter((p) => p.status === 'INVITED');
  const reply = async (coopId: string, accept: boolean) => {
    const { data: result } = await answer({ variables: { input: { councilId, coopId, accept } } });
    const problem = result?.answerCouncilJoin.errors[0];
    notifications.show(problem ? { color: 'orange', message: problem.message } : { color: 'teal', message: accept ? t('pending.welcomed') : t('pending.turnedDown') });
  };
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('pending.asking', { total: requests.length })}
        </Title>
        {requests.length === 0 && <Text c="dimmed">{t('pending.none')}</Text>}
        {requests.map((p) => (
          <Card key={p.coop.id} withBorder padding="sm">
            <Group justify="space-between" align="flex-start">
              <Stack gap={2}>
                <Anchor component={Link} to={`/coops/${p.coop.slug}`} fw={600}>
                  {p.coop.name}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {p.coop.place.name}
                </Text>
                {p.message && (
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {t('pending.quoted', { message: p.message })}
                  </Text>
                )}
              </Stack>
              <Group gap="xs">
                <Button size="xs" onClick={() => void reply(p.coop.id, true)} loading={answerState.loading}>
                  {t('pending.approve')}
                </Button>
                <Button size="xs" variant="subtle" color="red" onClick={() => void reply(p.coop.id, false)} loading={answerState.loading}>
                  {t('pending.decline')}
                </Button>
              </Group>
            </Group>
          </Card>
        ))}
      </Stack>
      <Invite councilId={councilId} />
      {invited.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('pending.invited', { total: invited.length })}
          </Title>
          {invited.map((p) => (
            <Group key={p.coop.id} gap="xs">
              <Anchor component={Link} to={`/coops/${p.coop.slug}`}>
                {p.coop.name}
              </Anchor>
              <Badge size="xs" variant="light">
                {t(`pending.route.${p.route}`)}
              </Badge>
              <Button
                size="xs"
                variant="subtle"
                loading={leaveState.loading}
                onClick={async () => {
                  const { data: result } = await leave({ variables: { input: { councilId, coopId: p.coop.id } } });
                  if (result?.leaveCouncil.errors[0]) notifications.show({ color: 'orange', message: result.leaveCouncil.errors[0].message });
                }}
              >
                {t('pending.takeBack')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function Invite({ councilId }: { councilId: string }) {
  const { t } = useTranslation('councils');
  const [coopId, setCoopId] = useState('');
  const [picked, setPicked] = useState<PickedCoop | null>(null);
  const [message, setMessage] = useState('');
  const [invite, state] = useMutation(InviteCoopMutation, { refetchQueries: [PendingMembersQuery, CouncilQuery, 'CouncilMembers'] });
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('invite.title')}
        </Title>
        <CoopPicker label={t('invite.coop')} placeholder={t('invite.coopPlaceholder')} value={coopId} onChange={setCoopId} onPick={setPicked} error={problem} />
        <Textarea label={t('invite.note')} value={message} onChange={(e) => setMessage(e.currentTarget.value)} maxLength={1000} autosize minRows={2} />
        <Button
          w="fit-content"
          disabled={!coopId}
          loading={state.loading}
          onClick={async () => {
            const { data } = await invite({ variables: { input: { councilId, coopId, message: message || null } } });
            const error = data?.inviteCoopToCouncil.errors[0];
            setProblem(error?.message ?? null);
            if (!error) {
              const joined = data?.inviteCoopToCouncil.member?.status === 'MEMBER';
              const name = picked?.name;
              notifications.show({
                color: 'teal',
                message: joined
                  ? name
                    ? t('invite.joined', { name })
                    : t('invite.joinedUnnamed')
                  : name
                    ? t('invite.invited', { name })
                    : t('invite.invitedUnnamed'),
              });
              setCoopId('');
              setMessage('');
            }
          }}
        >
          {t('invite.submit')}
        </Button>
      </Stack>
    </Card>
  );
}
