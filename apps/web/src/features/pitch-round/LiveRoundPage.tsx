import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBriefcase, IconHandStop, IconMessageCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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

const TAPS: { kind: PitchTapKind; icon: ReactNode }[] = [
  { kind: 'TALK', icon: <IconMessageCircle /> },
  { kind: 'REFERRAL', icon: <IconBriefcase /> },
  { kind: 'NEED', icon: <IconHandStop /> },
];

/** /meetings/:id/live: each attendee's phone during the round. */
export function LiveRoundPage() {
  const { t } = useTranslation('pitch-round');
  return (
    <RequireSignIn reason={t('live.signIn')}>
      <LiveRound />
    </RequireSignIn>
  );
}

function LiveRound() {
  const { id = '' } = useParams();
  const { t } = useTranslation('pitch-round');
  const { viewer } = useViewer();
  const { query, round, clock, connected } = useLiveRound(id);
  const meeting = query.data?.meeting;
  usePageTitle(meeting ? t('live.title', { title: meeting.title }) : t('live.titleLoading'));
  const [tapPitch, tapState] = useMutation(TapPitchMutation);

  if (query.loading && !query.data) return <Loading label={t('live.loading')} />;
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
        {connected ? t('connection.live') : t('connection.reconnecting')}
      </Badge>
    </Group>
  );

  if (!round) {
    return (
      <Stack px="xs">
        {header}
        <Text>{t('live.notSetUp')}</Text>
        <Anchor component={Link} to={`/meetings/${meeting.id}`}>
          {t('live.back')}
        </Anchor>
      </Stack>
    );
  }

  if (round.status === 'ENDED') {
    return (
      <Stack px="xs">
        {header}
        <Text>{t('live.ended')}</Text>
        <EndedFollowUps meetingId={meeting.id} />
      </Stack>
    );
  }

  const mine = new Set(viewer?.memberships.map((m) => m.coop.id) ?? []);
  const current = round.current;
  const tapped = new Set(meeting.viewerTaps.filter((v) => v.coopId === current?.coopId).map((v) => v.kind));
  const sendTap = async (kind: PitchTapKind) => {
    if (!current) return;
    const undo = tapped.has(kind);
    const { data } = await tapPitch({
      variables: { input: { roundId: round.id, coopId: current.coopId, kind, undo } },
      // The page's own taps, kept in the cache: sixty phones refetching on every tap would be sixty queries.
      update(cache, { data: result }) {
        if (result?.tapPitch.errors.length) return;
        cache.updateQuery({ query: PitchRoundPageQuery, variables: { id: meeting.id } }, (prev) => {
          if (!prev?.meeting) return prev;
          const others = prev.meeting.viewerTaps.filter((v) => !(v.coopId === current.coopId && v.kind === kind));
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
          {t('live.startsSoon', { count: round.slots.length })}
        </Alert>
      ) : (
        <>
          <Group justify="space-between" wrap="nowrap" align="center">
            <Text size="sm" c="dimmed">
              {round.next
                ? t(round.status === 'PAUSED' ? 'live.pausedNext' : 'live.pitchingNext', { name: round.next.name })
                : t(round.status === 'PAUSED' ? 'live.paused' : 'live.pitching')}
            </Text>
            <PitchClock clock={clock} total={round.pitchSeconds} size={72} />
          </Group>
          <Card withBorder padding="md">
            <RoundPitchCard card={current} size="phone" />
          </Card>
          {mine.has(current.coopId) ? (
            <Alert color="teal" role="status">
              {t('live.yourPitch')}
            </Alert>
          ) : (
            <Stack gap="xs" role="group" aria-label={t('live.tell', { name: current.name })}>
              {TAPS.map((tap) => {
                const on = tapped.has(tap.kind);
                return (
                  <Button
                    key={tap.kind}
                    size="lg"
                    fullWidth
                    variant={on ? 'filled' : 'light'}
                    color={on ? 'teal' : 'blue'}
                    leftSection={tap.icon}
                    aria-pressed={on}
                    disabled={tapState.loading}
                    onClick={() => void sendTap(tap.kind)}
                    styles={{ inner: { justifyContent: 'flex-start' }, label: { whiteSpace: 'normal', textAlign: 'left' } }}
                  >
                    {on ? `${t(`taps.${tap.kind}.done`)} ✓` : t(`taps.${tap.kind}.label`)}
                  </Button>
                );
              })}
              <Text size="xs" c="dimmed">
                {t('live.tapHint')}
              </Text>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}

function EndedFollowUps({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('pitch-round');
  const { data, loading, error, refetch } = useQuery(FollowUpsQuery, { variables: { id: meetingId }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label={t('live.gathering')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  return (
    <Stack>
      <FollowUps items={data?.meeting?.followUps ?? []} meetingId={meetingId} />
      <Button component={Link} to={`/meetings/${meetingId}`} variant="subtle" w="fit-content">
        {t('live.meetingPage')}
      </Button>
    </Stack>
  );
}
