import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBriefcase, IconHandStop, IconMessageCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import type { PitchTapKind } from '../../gql/graphql';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { useViewer } from '../accounts/useViewer';
import { FollowUps } from './FollowUps';
import { FollowUpsQuery, PitchRoundPageQuery, TapPitchMutation } from './graphql';
import { PitchClock } from './PitchClock';
import { RoundPitchCard } from './RoundPitchCard';
import { useLiveRound } from './useLiveRound';

const TAPS: { kind: PitchTapKind; label: string; done: string; icon: ReactNode }[] = [
  { kind: 'TALK', label: 'I’d like to talk to them', done: 'You’d like to talk', icon: <IconMessageCircle /> },
  { kind: 'REFERRAL', label: 'I have a referral for them', done: 'You have a referral', icon: <IconBriefcase /> },
  { kind: 'NEED', label: 'I need what they do', done: 'You need this', icon: <IconHandStop /> },
];

/** /meetings/:id/live: each attendee's phone during the round. */
export function LiveRoundPage() {
  return (
    <RequireSignIn reason="Sign in to follow the pitches.">
      <LiveRound />
    </RequireSignIn>
  );
}

function LiveRound() {
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { query, round, clock, connected } = useLiveRound(id);
  const meeting = query.data?.meeting;
  usePageTitle(meeting ? `Live: ${meeting.title}` : 'Live pitches');
  const [tapPitch, tapState] = useMutation(TapPitchMutation);

  if (query.loading && !query.data) return <Loading label="Joining the round…" />;
  if (query.error && !query.data) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (!meeting) return <NotFoundPage what="meeting" />;

  const header = (
    <Group justify="space-between" wrap="nowrap">
      <div>
        <Text size="sm" c="dimmed" lineClamp={1}>
          {meeting.council.name}
        </Text>
        <Title order={1} size="h3" lineClamp={2}>
          {meeting.title}
        </Title>
      </div>
      <Badge color={connected ? 'teal' : 'red'} variant="light" style={{ flexShrink: 0 }}>
        {connected ? 'Live' : 'Reconnecting…'}
      </Badge>
    </Group>
  );

  if (!round) {
    return (
      <Stack px="xs">
        {header}
        <Text>The pitch round has not been set up yet. Keep this page open: it starts here when the facilitator begins.</Text>
        <Anchor component={Link} to={`/meetings/${meeting.id}`}>
          Back to the meeting
        </Anchor>
      </Stack>
    );
  }

  if (round.status === 'ENDED') {
    return (
      <Stack px="xs">
        {header}
        <Text>The round has ended. Here is what to do next.</Text>
        <EndedFollowUps meetingId={meeting.id} />
      </Stack>
    );
  }

  const mine = new Set(viewer?.memberships.map((m) => m.coop.id) ?? []);
  const current = round.current;
  const tapped = new Set(meeting.viewerTaps.filter((t) => t.coopId === current?.coopId).map((t) => t.kind));
  const tap = async (kind: PitchTapKind) => {
    if (!current) return;
    const undo = tapped.has(kind);
    const { data } = await tapPitch({
      variables: { input: { roundId: round.id, coopId: current.coopId, kind, undo } },
      // The page's own taps, kept in the cache: sixty phones refetching on every tap would be sixty queries.
      update(cache, { data: result }) {
        if (result?.tapPitch.errors.length) return;
        cache.updateQuery({ query: PitchRoundPageQuery, variables: { id: meeting.id } }, (prev) => {
          if (!prev?.meeting) return prev;
          const others = prev.meeting.viewerTaps.filter((t) => !(t.coopId === current.coopId && t.kind === kind));
          const added = result?.tapPitch.tap ? [result.tapPitch.tap] : [];
          return { ...prev, meeting: { ...prev.meeting, viewerTaps: [...others, ...added] } };
        });
      },
    });
    const problem = data?.tapPitch.errors[0];
    if (problem) notifications.show({ color: 'orange', message: problem.message });
  };

  return (
    <Stack px="xs" gap="sm" maw={640}>
      {header}
      {round.status === 'READY' || !current ? (
        <Alert color="blue" role="status">
          The round starts soon: {round.slots.length} co-op{round.slots.length === 1 ? '' : 's'} will pitch. Keep this page open.
        </Alert>
      ) : (
        <>
          <Group justify="space-between" wrap="nowrap" align="center">
            <Text size="sm" c="dimmed">
              {round.status === 'PAUSED' ? 'Paused' : 'Pitching now'}
              {round.next ? ` · next: ${round.next.name}` : ''}
            </Text>
            <PitchClock clock={clock} total={round.pitchSeconds} size={72} />
          </Group>
          <Card withBorder padding="md">
            <RoundPitchCard card={current} size="phone" />
          </Card>
          {mine.has(current.coopId) ? (
            <Alert color="teal" role="status">
              This is your co-op’s pitch. Good luck!
            </Alert>
          ) : (
            <Stack gap="xs" role="group" aria-label={`Tell ${current.name}`}>
              {TAPS.map((t) => {
                const on = tapped.has(t.kind);
                return (
                  <Button
                    key={t.kind}
                    size="lg"
                    fullWidth
                    variant={on ? 'filled' : 'light'}
                    color={on ? 'teal' : 'blue'}
                    leftSection={t.icon}
                    aria-pressed={on}
                    disabled={tapState.loading}
                    onClick={() => void tap(t.kind)}
                    styles={{ inner: { justifyContent: 'flex-start' }, label: { whiteSpace: 'normal', textAlign: 'left' } }}
                  >
                    {on ? `${t.done} ✓` : t.label}
                  </Button>
                );
              })}
              <Text size="xs" c="dimmed">
                Nobody sees who tapped. Tap again to take it back. After the round you get a list of what to follow up.
              </Text>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}

function EndedFollowUps({ meetingId }: { meetingId: string }) {
  const { data, loading, error, refetch } = useQuery(FollowUpsQuery, { variables: { id: meetingId }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="Gathering your follow-ups…" />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  return (
    <Stack>
      <FollowUps items={data?.meeting?.followUps ?? []} meetingId={meetingId} />
      <Button component={Link} to={`/meetings/${meetingId}`} variant="subtle" w="fit-content">
        The meeting’s page
      </Button>
    </Stack>
  );
}
