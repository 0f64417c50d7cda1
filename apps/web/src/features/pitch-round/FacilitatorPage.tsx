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
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('pitch-round');
  return (
    <RequireSignIn reason={t('facilitator.signIn')}>
      <Facilitator />
    </RequireSignIn>
  );
}

function Facilitator() {
  const { id = '' } = useParams();
  const { t } = useTranslation('pitch-round');
  const { query, round, clock, connected } = useLiveRound(id);
  const meeting = query.data?.meeting;
  usePageTitle(meeting ? t('facilitator.title', { title: meeting.title }) : t('facilitator.titleLoading'));
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

  if (query.loading && !query.data) return <Loading label={t('facilitator.loading')} />;
  if (query.error && !query.data) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (!meeting) return <NotFoundPage what="meeting" />;
  if (!meeting.viewerCanManage) {
    return (
      <Alert color="orange" title={t('facilitator.organisersOnlyTitle')} role="alert">
        <Trans
          t={t}
          i18nKey="facilitator.organisersOnly"
          values={{ council: meeting.council.name }}
          components={{ to: <Anchor component={Link} to={`/meetings/${meeting.id}/live`} /> }}
        />
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
              ? t('facilitator.ended')
              : t(round.status === 'PAUSED' ? 'facilitator.progressPaused' : 'facilitator.progress', {
                  n: Math.min(done + 1, round.slots.length),
                  total: round.slots.length,
                })}
          </Text>
        </div>
        <Group gap="xs">
          <Badge color={connected ? 'teal' : 'red'} variant="light">
            {connected ? t('connection.live') : t('connection.reconnecting')}
          </Badge>
          <ActionIcon variant="light" aria-label={t('facilitator.fullScreen')} onClick={() => void document.documentElement.requestFullscreen?.()}>
            <IconMaximize size={18} />
          </ActionIcon>
        </Group>
      </Group>

      {round.status === 'ENDED' ? (
        <Card withBorder padding="lg">
          <Stack>
            <Title order={2}>{t('facilitator.thanks')}</Title>
            <Text>{t('facilitator.followUpsReady')}</Text>
            <Button component={Link} to={`/meetings/${meeting.id}`} w="fit-content">
              {t('facilitator.seeWhatCame')}
            </Button>
          </Stack>
        </Card>
      ) : (
        <Group align="flex-start" gap="xl" wrap="wrap">
          <Card withBorder padding="xl" style={{ flex: '1 1 480px' }}>
            {round.current ? <RoundPitchCard card={round.current} size="projector" /> : <Text>{t('facilitator.nobodyPitching')}</Text>}
          </Card>
          <Stack align="center" gap="md" style={{ flex: '0 0 260px' }}>
            <PitchClock clock={clock} total={round.pitchSeconds} size={240} />
            {clock.over && (
              <Text c="red.8" fw={700} fz="xl" role="status">
                {t('facilitator.timeUp')}
              </Text>
            )}
            <Controls status={round.status} busy={controlState.loading} onAction={(a) => void act(a)} />
            {round.next && (
              <Text c="dimmed" ta="center">
                <Trans t={t} i18nKey="facilitator.upNext" values={{ name: round.next.name }} components={{ strong: <strong /> }} />
              </Text>
            )}
          </Stack>
        </Group>
      )}
      {round.status !== 'ENDED' && <Order round={round} />}
      <Text size="xs" c="dimmed">
        <Trans t={t} i18nKey="facilitator.keys" components={{ kbd: <Kbd /> }} />
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
  const { t } = useTranslation('pitch-round');
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
        {status === 'PAUSED' ? t('controls.carryOn') : t('controls.pause')}
      </Button>
      <Button size="lg" variant="filled" color="teal" leftSection={<IconPlayerTrackNext />} onClick={() => onAction('NEXT')} disabled={busy}>
        {t('controls.next')}
      </Button>
      <Group grow gap="xs">
        <Button variant="light" leftSection={<IconPlayerSkipForward size={16} />} onClick={() => onAction('SKIP')} disabled={busy}>
          {t('controls.skip')}
        </Button>
        <Button
          variant="light"
          color="red"
          leftSection={<IconPlayerStop size={16} />}
          disabled={busy}
          onClick={() => {
            if (window.confirm(t('controls.endConfirm'))) onAction('END');
          }}
        >
          {t('controls.end')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Before the start: choose the order and the length of a pitch, then start. */
function Prepare({ meetingId, round, title, startsAt }: { meetingId: string; round: PitchRoundFieldsFragment | null; title: string; startsAt: string }) {
  const { t } = useTranslation('pitch-round');
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
      <Title order={1}>{t('prepare.heading', { title })}</Title>
      <Text c="dimmed">{t('prepare.intro', { count: Number(seconds) || 60 })}</Text>
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
            { value: 'RSVP', label: t('prepare.orderRsvp') },
            { value: 'RANDOM', label: t('prepare.orderRandom') },
          ]}
          aria-label={t('prepare.orderLabel')}
        />
        <NumberInput label={t('prepare.seconds')} min={15} max={600} step={15} value={seconds} onChange={setSeconds} w={140} />
        <Button variant={round ? 'light' : 'filled'} onClick={() => void make()} loading={prepareState.loading}>
          {round ? t('prepare.remake') : t('prepare.make')}
        </Button>
      </Group>
      {early && (
        <Alert color="blue" role="status">
          {t('prepare.early')}
        </Alert>
      )}
      {round && (
        <>
          <Order round={round} />
          <Button size="lg" leftSection={<IconPlayerPlay />} onClick={() => void start()} loading={controlState.loading} w="fit-content" disabled={early}>
            {t('prepare.start')}
          </Button>
        </>
      )}
    </Stack>
  );
}

/** The order: who has spoken, who is speaking, and the waiting co-ops, which can be moved. */
function Order({ round }: { round: PitchRoundFieldsFragment }) {
  const { t } = useTranslation('pitch-round');
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
        <Text fw={600}>{t('order.heading')}</Text>
        {waiting.length > 1 && (
          <Group gap="xs">
            <Button size="xs" variant="light" leftSection={<IconArrowsShuffle size={14} />} onClick={() => void send({ order: 'RANDOM' })} loading={state.loading}>
              {t('order.shuffle')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => void send({ order: 'RSVP' })} loading={state.loading}>
              {t('order.asAnswered')}
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
                {t(`order.status.${slot.status}`)}
              </Text>
            </Text>
            {slot.status === 'WAITING' && waiting.length > 1 && (
              <Group gap={2} wrap="nowrap">
                <ActionIcon variant="subtle" aria-label={t('order.earlier', { name: slot.name })} onClick={() => move(slot.coopId, -1)} disabled={waiting[0] === slot.coopId || state.loading}>
                  <IconArrowUp size={16} />
                </ActionIcon>
                <ActionIcon variant="subtle" aria-label={t('order.later', { name: slot.name })} onClick={() => move(slot.coopId, 1)} disabled={waiting.at(-1) === slot.coopId || state.loading}>
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
