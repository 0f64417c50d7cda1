import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CouncilQuery as CouncilQueryResult } from '../../gql/graphql';
import { AnswerJoinMutation, AskToJoinMutation, CouncilQuery, LeaveCouncilMutation } from './graphql';

type Council = NonNullable<CouncilQueryResult['council']>;
type ViewerCoop = Council['viewerCoops'][number];

/** Each of the person's co-ops as the council sees it, and what its owners can do about it. */
export function JoinPanel({ council }: { council: Council }) {
  const { t } = useTranslation('councils');
  if (council.viewerCoops.length === 0) return null;
  return (
    <Stack gap="xs" aria-label={t('join.label')}>
      {council.viewerCoops.map((vc) => (
        <CoopStanding key={vc.coop.id} council={council} entry={vc} />
      ))}
    </Stack>
  );
}

function CoopStanding({ council, entry }: { council: Council; entry: ViewerCoop }) {
  const { t } = useTranslation('councils');
  const refetchQueries = [CouncilQuery, 'CouncilMembers'];
  const [ask, askState] = useMutation(AskToJoinMutation, { refetchQueries });
  const [answer, answerState] = useMutation(AnswerJoinMutation, { refetchQueries });
  const [leave, leaveState] = useMutation(LeaveCouncilMutation, { refetchQueries });
  const [message, setMessage] = useState('');
  const [asking, setAsking] = useState(false);
  const input = { councilId: council.id, coopId: entry.coop.id };
  const report = (errors: readonly { message: string }[] | undefined, done: string) =>
    notifications.show(errors?.length ? { color: 'orange', message: errors[0]!.message } : { color: 'teal', message: done });
  const name = entry.coop.name;

  if (entry.status === 'MEMBER') {
    return (
      <Group gap="xs">
        <Text size="sm">{t('join.isMember', { name })}</Text>
        {entry.canAct && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={leaveState.loading}
            onClick={async () => {
              if (!window.confirm(t('join.confirmLeave', { name, council: council.name }))) return;
              const { data } = await leave({ variables: { input } });
              report(data?.leaveCouncil.errors, t('join.left', { name, council: council.name }));
            }}
          >
            {t('join.leave')}
          </Button>
        )}
      </Group>
    );
  }
  if (entry.status === 'INVITED') {
    return (
      <Alert color="blue" title={t('join.invitedTitle', { council: council.name, name })}>
        {entry.canAct ? (
          <Group gap="xs">
            <Button
              size="xs"
              loading={answerState.loading}
              onClick={async () => {
                const { data } = await answer({ variables: { input: { ...input, accept: true } } });
                report(data?.answerCouncilJoin.errors, t('join.joinedCouncil', { name, council: council.name }));
              }}
            >
              {t('join.join')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              loading={answerState.loading}
              onClick={async () => {
                const { data } = await answer({ variables: { input: { ...input, accept: false } } });
                report(data?.answerCouncilJoin.errors, t('join.declined'));
              }}
            >
              {t('join.decline')}
            </Button>
          </Group>
        ) : (
          <Text size="sm">{t('join.ownerCanAccept', { name })}</Text>
        )}
      </Alert>
    );
  }
  if (entry.status === 'REQUESTED') {
    return (
      <Group gap="xs">
        <Text size="sm">{t('join.requested', { name })}</Text>
        {entry.canAct && (
          <Button
            size="xs"
            variant="subtle"
            loading={leaveState.loading}
            onClick={async () => {
              const { data } = await leave({ variables: { input } });
              report(data?.leaveCouncil.errors, t('join.requestTakenBack'));
            }}
          >
            {t('join.takeBack')}
          </Button>
        )}
      </Group>
    );
  }
  if (!entry.canAct) return <Text size="sm">{t('join.ownerCanAsk', { name })}</Text>;
  return asking ? (
    <Stack gap="xs">
      <Textarea
        label={t('join.why', { name })}
        value={message}
        onChange={(e) => setMessage(e.currentTarget.value)}
        maxLength={1000}
        autosize
        minRows={2}
      />
      <Group gap="xs">
        <Button
          size="xs"
          loading={askState.loading}
          onClick={async () => {
            const { data } = await ask({ variables: { input: { ...input, message: message || null } } });
            report(data?.askToJoinCouncil.errors, data?.askToJoinCouncil.member?.status === 'MEMBER' ? t('join.joined', { name }) : t('join.asked'));
            setAsking(false);
          }}
        >
          {t('join.ask')}
        </Button>
        <Button size="xs" variant="subtle" onClick={() => setAsking(false)}>
          {t('cancel')}
        </Button>
      </Group>
    </Stack>
  ) : (
    <Button size="xs" variant="light" w="fit-content" onClick={() => setAsking(true)}>
      {t('join.askFor', { name })}
    </Button>
  );
}
