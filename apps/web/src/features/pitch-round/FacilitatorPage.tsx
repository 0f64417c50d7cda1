import { useMutation } from '@apollo/client/react';
import { ActionIcon, Alert, Anchor, Badge, Button, Card, Group, Kbd, NumberInput, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowDown,
  IconArrowUp,
  IconArrowsShuffle,
  IconMaximize,
  IconPlayerPause,
  IconPlayerPlay,
  IconPlayerSkipForward,
  IconPlayerStop,
  IconPlayerTrackNext,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import type { PitchAction, PitchRoundFieldsFragment } from '../../gql/graphql';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { useNow } from '../../lib/useNow';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { ControlPitchRoundMutation, PitchRoundPageQuery, PreparePitchRoundMutation, ReorderPitchRoundMutation } from './graphql';
import { PitchClock } from './PitchClock';
import { RoundPitchCard } from './RoundPitchCard';
import { useLiveRound } from './useLiveRound';

/** /meetings/:id/facilitate: the projector screen and the facilitator's controls. */
export function FacilitatorPage() {
  return (
    <RequireSignIn reason="Sign in to run the pitch round.">
      <Facilitator />
    </RequireSignIn>
  );
}

function Facilitator() {
  const { id = '' } = useParams();
  const { query, round, clock, connected } = useLiveRound(id);
  const meeting = query.data?.meeting;
  usePageTitle(meeting ? `Pitches: ${meeting.title}` : 'Pitch round');
  const [control, controlState] = useMutation(ControlPitchRoundMutation);

  const act = async (action: PitchAction) => {
    if (!round || controlState.loading) return;
    // The version on screen: a second click (or a second facilitator) is refused, not applied twice.
    const { data } = await control({ variables: { input: { roundId: round.id, action, version: round.version } } });
    const problem = data?.controlPitchRound.errors[0];
    if (problem) {
      notifications.show({ color: 'orange', message: problem.message });
      void query.refetch();
    }
  };

  // Space starts, pauses and resumes; N or → goes on; S skips. Not while typing in a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      // A focused button or link keeps its own Space and Enter.
      if (target.closest('input, textarea, select, button, a, [role="button"], [contenteditable]') || !round) return;
      const action = keyAction(event.key, round.status);
      if (!action) return;
      event.preventDefault();
      void act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (query.loading && !query.data) return <Loading label="Loading the round…" />;
  if (query.error && !query.data) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (!meeting) return <NotFoundPage what="meeting" />;
  if (!meeting.viewerCanManage) {
    return (
      <Alert color="orange" title="For the council’s organisers" role="alert">
        Only organisers of {meeting.council.name} run the pitch round. Follow it live on{' '}
        <Anchor component={Link} to={`/meetings/${meeting.id}/live`}>
          your phone’s view
        </Anchor>
        .
      </Alert>
    );
  }
  if (!round || round.status === 'READY') return <Prepare meetingId={meeting.id} round={round} title={meeting.title} startsAt={meeting.startsAt} />;

  const done = round.slots.filter((s) => s.status === 'DONE' || s.status === 'SKIPPED').length;
  return (
    <Stack gap="md" px={{ base: 'xs', sm: 0 }}>
      <Group justify="space-between" wrap="wrap">
        <div>
          {/* The page's heading: small on the projector, where the pitch is what people read. */}
          <Title order={1} size="sm" fw={400} c="dimmed">
            {meeting.council.name} · {meeting.title}
          </Title>
          <Text fw={600}>
            {round.status === 'ENDED'
              ? 'The round has ended'
              : `Pitch ${Math.min(done + 1, round.slots.length)} of ${round.slots.length}${round.status === 'PAUSED' ? ' · paused' : ''}`}
          </Text>
        </div>
        <Group gap="xs">
          <Badge color={connected ? 'teal' : 'red'} variant="light">
            {connected ? 'Live' : 'Reconnecting…'}
          </Badge>
          <ActionIcon variant="light" aria-label="Full screen" onClick={() => void document.documentElement.requestFullscreen?.()}>
            <IconMaximize size={18} />
          </ActionIcon>
        </Group>
      </Group>

      {round.status === 'ENDED' ? (
        <Card withBorder padding="lg">
          <Stack>
            <Title order={2}>Thank you, everyone</Title>
            <Text>Each person’s follow-ups (introductions, referrals to pass, needs to post) are on the meeting’s page now.</Text>
            <Button component={Link} to={`/meetings/${meeting.id}`} w="fit-content">
              See what came of it
            </Button>
          </Stack>
        </Card>
      ) : (
        <Group align="flex-start" gap="xl" wrap="wrap">
          <Card withBorder padding="xl" style={{ flex: '1 1 480px' }}>
            {round.current ? <RoundPitchCard card={round.current} size="projector" /> : <Text>Nobody is pitching.</Text>}
          </Card>
          <Stack align="center" gap="md" style={{ flex: '0 0 260px' }}>
            <PitchClock clock={clock} total={round.pitchSeconds} size={240} />
            {clock.over && (
              <Text c="red.8" fw={700} fz="xl" role="status">
                Time is up
              </Text>
            )}
            <Controls status={round.status} busy={controlState.loading} onAction={(a) => void act(a)} />
            {round.next && (
              <Text c="dimmed" ta="center">
                Up next: <strong>{round.next.name}</strong>
              </Text>
            )}
          </Stack>
        </Group>
      )}
      {round.status !== 'ENDED' && <Order round={round} />}
      <Text size="xs" c="dimmed">
        Keys: <Kbd>Space</Kbd> pause and carry on, <Kbd>N</Kbd> or <Kbd>→</Kbd> next, <Kbd>S</Kbd> skip.
      </Text>
    </Stack>
  );
}

function keyAction(key: string, status: PitchRoundFieldsFragment['status']): PitchAction | null {
  if (key === ' ') return status === 'RUNNING' ? 'PAUSE' : status === 'PAUSED' ? 'RESUME' : status === 'READY' ? 'START' : null;
  if (key === 'n' || key === 'N' || key === 'ArrowRight') return status === 'RUNNING' || status === 'PAUSED' ? 'NEXT' : null;
  if (key === 's' || key === 'S') return status === 'RUNNING' || status === 'PAUSED' ? 'SKIP' : null;
  return null;
}

function Controls({ status, busy, onAction }: { status: PitchRoundFieldsFragment['status']; busy: boolean; onAction: (action: PitchAction) => void }) {
  return (
    <Stack gap="xs" w="100%">
      {/* One button for both, so that focus stays on it when it turns from Pause to Carry on. */}
      <Button
        size="lg"
        leftSection={status === 'PAUSED' ? <IconPlayerPlay /> : <IconPlayerPause />}
        onClick={() => onAction(status === 'PAUSED' ? 'RESUME' : 'PAUSE')}
        disabled={busy}
        aria-pressed={status === 'PAUSED'}
      >
        {status === 'PAUSED' ? 'Carry on' : 'Pause'}
      </Button>
      <Button size="lg" variant="filled" color="teal" leftSection={<IconPlayerTrackNext />} onClick={() => onAction('NEXT')} disabled={busy}>
        Next pitch
      </Button>
      <Group grow gap="xs">
        <Button variant="light" leftSection={<IconPlayerSkipForward size={16} />} onClick={() => onAction('SKIP')} disabled={busy}>
          Skip
        </Button>
        <Button
          variant="light"
          color="red"
          leftSection={<IconPlayerStop size={16} />}
          disabled={busy}
          onClick={() => {
            if (window.confirm('End the round now? Those still waiting will not pitch.')) onAction('END');
          }}
        >
          End
        </Button>
      </Group>
    </Stack>
  );
}

/** Before the start: choose the order and the length of a pitch, then start. */
function Prepare({ meetingId, round, title, startsAt }: { meetingId: string; round: PitchRoundFieldsFragment | null; title: string; startsAt: string }) {
  const now = useNow();
  const early = Date.parse(startsAt) - now > 3_600_000;
  const [order, setOrder] = useState<'RSVP' | 'RANDOM'>('RSVP');
  const [seconds, setSeconds] = useState<number | string>(round?.pitchSeconds ?? 60);
  // The page's query links the meeting to its round: made now, it is read again.
  const [prepare, prepareState] = useMutation(PreparePitchRoundMutation, { refetchQueries: [PitchRoundPageQuery] });
  const [control, controlState] = useMutation(ControlPitchRoundMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const make = async () => {
    const { data } = await prepare({ variables: { input: { meetingId, order, pitchSeconds: Number(seconds) || 60 } } });
    setProblem(data?.preparePitchRound.errors[0]?.message ?? null);
  };
  const start = async () => {
    if (!round) return;
    const { data } = await control({ variables: { input: { roundId: round.id, action: 'START', version: round.version } } });
    setProblem(data?.controlPitchRound.errors[0]?.message ?? null);
  };

  return (
    <Stack maw={860} px={{ base: 'xs', sm: 0 }}>
      <Title order={1}>Pitch round: {title}</Title>
      <Text c="dimmed">
        Each co-op present gets {Number(seconds) || 60} seconds. The round is made from those recorded present, or else from those who said
        they are going. Everyone follows it on their phone and taps as each co-op speaks.
      </Text>
      {problem && (
        <Alert color="orange" role="alert">
          {problem}
        </Alert>
      )}
      <Group align="flex-end">
        <SegmentedControl
          value={order}
          onChange={(v) => setOrder(v as 'RSVP' | 'RANDOM')}
          data={[
            { value: 'RSVP', label: 'As they answered' },
            { value: 'RANDOM', label: 'Random order' },
          ]}
          aria-label="Order of the pitches"
        />
        <NumberInput label="Seconds each" min={15} max={600} step={15} value={seconds} onChange={setSeconds} w={140} />
        <Button variant={round ? 'light' : 'filled'} onClick={() => void make()} loading={prepareState.loading}>
          {round ? 'Make it again' : 'Make the round'}
        </Button>
      </Group>
      {early && (
        <Alert color="blue" role="status">
          The round starts on the day, from an hour before the meeting: ending it makes everyone’s follow-ups, so it is run once. You can
          make the order now.
        </Alert>
      )}
      {round && (
        <>
          <Order round={round} />
          <Button size="lg" leftSection={<IconPlayerPlay />} onClick={() => void start()} loading={controlState.loading} w="fit-content" disabled={early}>
            Start the first pitch
          </Button>
        </>
      )}
    </Stack>
  );
}

const STATUS_LABELS = { WAITING: 'waiting', SPEAKING: 'speaking', DONE: 'done', SKIPPED: 'skipped' } as const;

/** The order: who has spoken, who is speaking, and the waiting co-ops, which can be moved. */
function Order({ round }: { round: PitchRoundFieldsFragment }) {
  const [reorder, state] = useMutation(ReorderPitchRoundMutation);
  const waiting = round.slots.filter((s) => s.status === 'WAITING').map((s) => s.coopId);
  const send = async (input: { order?: 'RSVP' | 'RANDOM'; coopIds?: string[] }) => {
    const { data } = await reorder({ variables: { input: { roundId: round.id, ...input } } });
    const problem = data?.reorderPitchRound.errors[0];
    if (problem) notifications.show({ color: 'orange', message: problem.message });
  };
  const move = (coopId: string, by: -1 | 1) => {
    const at = waiting.indexOf(coopId);
    const to = at + by;
    if (at < 0 || to < 0 || to >= waiting.length) return;
    const next = [...waiting];
    [next[at], next[to]] = [next[to]!, next[at]!];
    void send({ coopIds: next });
  };
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>Order</Text>
        {waiting.length > 1 && (
          <Group gap="xs">
            <Button size="xs" variant="light" leftSection={<IconArrowsShuffle size={14} />} onClick={() => void send({ order: 'RANDOM' })} loading={state.loading}>
              Shuffle those waiting
            </Button>
            <Button size="xs" variant="subtle" onClick={() => void send({ order: 'RSVP' })} loading={state.loading}>
              As they answered
            </Button>
          </Group>
        )}
      </Group>
      <Stack gap={4} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {round.slots.map((slot) => (
          <Group key={slot.coopId} component="li" justify="space-between" wrap="nowrap" gap="xs">
            <Text c={slot.status === 'WAITING' || slot.status === 'SPEAKING' ? undefined : 'dimmed'} fw={slot.status === 'SPEAKING' ? 700 : 400}>
              {slot.position}. {slot.name}{' '}
              <Text span size="xs" c="dimmed">
                {STATUS_LABELS[slot.status]}
              </Text>
            </Text>
            {slot.status === 'WAITING' && waiting.length > 1 && (
              <Group gap={2} wrap="nowrap">
                <ActionIcon variant="subtle" aria-label={`Move ${slot.name} earlier`} onClick={() => move(slot.coopId, -1)} disabled={waiting[0] === slot.coopId || state.loading}>
                  <IconArrowUp size={16} />
                </ActionIcon>
                <ActionIcon variant="subtle" aria-label={`Move ${slot.name} later`} onClick={() => move(slot.coopId, 1)} disabled={waiting.at(-1) === slot.coopId || state.loading}>
                  <IconArrowDown size={16} />
                </ActionIcon>
              </Group>
            )}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
