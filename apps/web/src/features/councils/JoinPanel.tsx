import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CouncilQuery as CouncilQueryResult } from '../../gql/graphql';
import { AnswerJoinMutation, AskToJoinMutation, CouncilQuery, LeaveCouncilMutation } from './graphql';

type Council = NonNullable<CouncilQueryResult['council']>;
type ViewerCoop = Council['viewerCoops'][number];

/** Each of the person's co-ops as the council sees it, and what its owners can do about it. */
export function JoinPanel({ council }: { council: Council }) {
  if (council.viewerCoops.length === 0) return null;
  return (
    <Stack gap="xs" aria-label="Your co-ops and this council">
      {council.viewerCoops.map((vc) => (
        <CoopStanding key={vc.coop.id} council={council} entry={vc} />
      ))}
    </Stack>
  );
}

function CoopStanding({ council, entry }: { council: Council; entry: ViewerCoop }) {
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
        <Text size="sm">{name} is a member.</Text>
        {entry.canAct && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={leaveState.loading}
            onClick={async () => {
              if (!window.confirm(`Take ${name} out of ${council.name}?`)) return;
              const { data } = await leave({ variables: { input } });
              report(data?.leaveCouncil.errors, `${name} has left ${council.name}.`);
            }}
          >
            Leave
          </Button>
        )}
      </Group>
    );
  }
  if (entry.status === 'INVITED') {
    return (
      <Alert color="blue" title={`${council.name} invited ${name}`}>
        {entry.canAct ? (
          <Group gap="xs">
            <Button
              size="xs"
              loading={answerState.loading}
              onClick={async () => {
                const { data } = await answer({ variables: { input: { ...input, accept: true } } });
                report(data?.answerCouncilJoin.errors, `${name} has joined ${council.name}.`);
              }}
            >
              Join
            </Button>
            <Button
              size="xs"
              variant="subtle"
              loading={answerState.loading}
              onClick={async () => {
                const { data } = await answer({ variables: { input: { ...input, accept: false } } });
                report(data?.answerCouncilJoin.errors, 'Declined.');
              }}
            >
              Decline
            </Button>
          </Group>
        ) : (
          <Text size="sm">One of {name}’s owners can accept it.</Text>
        )}
      </Alert>
    );
  }
  if (entry.status === 'REQUESTED') {
    return (
      <Group gap="xs">
        <Text size="sm">{name} has asked to join; an organiser will answer.</Text>
        {entry.canAct && (
          <Button
            size="xs"
            variant="subtle"
            loading={leaveState.loading}
            onClick={async () => {
              const { data } = await leave({ variables: { input } });
              report(data?.leaveCouncil.errors, 'Request taken back.');
            }}
          >
            Take it back
          </Button>
        )}
      </Group>
    );
  }
  if (!entry.canAct) return <Text size="sm">One of {name}’s owners can ask for it to join.</Text>;
  return asking ? (
    <Stack gap="xs">
      <Textarea
        label={`Why ${name} would like to join (optional)`}
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
            report(data?.askToJoinCouncil.errors, data?.askToJoinCouncil.member?.status === 'MEMBER' ? `${name} has joined.` : 'Asked. An organiser will answer.');
            setAsking(false);
          }}
        >
          Ask to join
        </Button>
        <Button size="xs" variant="subtle" onClick={() => setAsking(false)}>
          Cancel
        </Button>
      </Group>
    </Stack>
  ) : (
    <Button size="xs" variant="light" w="fit-content" onClick={() => setAsking(true)}>
      Ask for {name} to join
    </Button>
  );
}
