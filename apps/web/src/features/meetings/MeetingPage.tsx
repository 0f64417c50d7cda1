import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconDeviceMobile, IconPencil, IconPresentation, IconVideo } from '@tabler/icons-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import type { MeetingQuery as MeetingQueryResult, RsvpResponse } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { useNow } from '../../lib/useNow';
import { useViewer } from '../accounts/useViewer';
import { PeopleToMeet } from '../common-ground/PeopleToMeet';
import { FollowUps } from '../pitch-round/FollowUps';
import { FollowUpsQuery } from '../pitch-round/graphql';
import { RoundSummary } from '../pitch-round/RoundSummary';
import { AttendeesPanel } from './AttendeesPanel';
import { AskToVisitMutation, CancelMeetingMutation, MeetingQuery, RsvpMutation } from './graphql';
import { formatLabel, meetingWhen } from './meeting-labels';

type Meeting = NonNullable<MeetingQueryResult['meeting']>;

/** /meetings/:id: when and where, the agenda, answering, the calendar, and the pitch round. */
export function MeetingPage() {
  const { id = '' } = useParams();
  // The round's follow-ups and summary, and the people to meet, are other features' strings:
  // loaded with the page's own, so that the page does not wait again halfway down.
  useTranslation(['meetings', 'pitch-round', 'common-ground']);
  const { t } = useTranslation('meetings');
  const { locale } = useFormat();
  const { data, loading, error, refetch } = useQuery(MeetingQuery, { variables: { id } });
  const meeting = data?.meeting;
  usePageTitle(meeting?.title);
  if (loading && !data) return <Loading label={t('page.loading')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!meeting) return <NotFoundPage what="meeting" />;

  const round = meeting.pitchRound;
  return (
    <Stack maw={900} px={{ base: 'xs', sm: 0 }} gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to={`/councils/${meeting.council.slug}`} size="sm">
          {meeting.council.name}
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <Title order={1}>{meeting.title}</Title>
          {meeting.cancelledAt && (
            <Badge color="red" size="lg">
              {t('page.cancelled')}
            </Badge>
          )}
        </Group>
        <Text fw={600}>{meetingWhen(t, locale, meeting)}</Text>
        <Text c="dimmed">
          {formatLabel(t, meeting.format)}
          {meeting.venue ? ` · ${meeting.venue}` : ''} · {t('page.going', { count: meeting.goingCount })}
        </Text>
      </Stack>

      {meeting.onlineUrl && !meeting.cancelledAt && (
        <Button component="a" href={meeting.onlineUrl} target="_blank" rel="noopener noreferrer" leftSection={<IconVideo size={18} />} w="fit-content">
          {t('page.joinOnline')}
        </Button>
      )}

      <Group gap="xs">
        <Button component="a" href={meeting.icsUrl} variant="light" leftSection={<IconCalendarPlus size={18} />}>
          {t('page.addToCalendar')}
        </Button>
        {meeting.viewerCanManage && !meeting.cancelledAt && (
          <>
            <Button component={Link} to={`/meetings/${meeting.id}/edit`} variant="subtle" leftSection={<IconPencil size={16} />}>
              {t('page.edit')}
            </Button>
            <CancelButton meeting={meeting} />
          </>
        )}
      </Group>

      {!meeting.cancelledAt && <Answer meeting={meeting} />}

      {meeting.agenda && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t('page.agenda')}
          </Title>
          <Text style={{ whiteSpace: 'pre-line' }}>{meeting.agenda}</Text>
        </Card>
      )}

      {!meeting.cancelledAt && (meeting.viewerCanManage || meeting.attendees) && (
        <Card withBorder>
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('page.pitches')}
            </Title>
            {round?.status === 'ENDED' ? (
              <Text>{t('page.roundEnded')}</Text>
            ) : (
              <Text>{t('page.pitchesIntro')}</Text>
            )}
            <Group gap="xs">
              {round?.status !== 'ENDED' && (
                <Button component={Link} to={`/meetings/${meeting.id}/live`} leftSection={<IconDeviceMobile size={18} />}>
                  {round && round.status !== 'READY' ? t('page.followLive') : t('page.openLive')}
                </Button>
              )}
              {meeting.viewerCanManage && round?.status !== 'ENDED' && (
                <Button component={Link} to={`/meetings/${meeting.id}/facilitate`} variant="light" leftSection={<IconPresentation size={18} />}>
                  {round ? t('page.facilitatorScreen') : t('page.setUpRound')}
                </Button>
              )}
            </Group>
          </Stack>
        </Card>
      )}

      {round?.status === 'ENDED' && <AfterTheRound meetingId={meeting.id} />}

      {!meeting.cancelledAt && meeting.attendees && <PeopleToMeet meetingId={meeting.id} />}

      {meeting.attendees && <AttendeesPanel meeting={meeting} onChanged={() => void refetch()} />}
    </Stack>
  );
}

function AfterTheRound({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('meetings');
  const { data, loading, error, refetch } = useQuery(FollowUpsQuery, { variables: { id: meetingId } });
  if (loading && !data) return <Loading label={t('page.loadingFollowUps')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const meeting = data?.meeting;
  if (!meeting) return null;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t('page.yourFollowUps')}
        </Title>
        <FollowUps items={meeting.followUps} meetingId={meetingId} />
      </Stack>
      {meeting.pitchSummary && <RoundSummary summary={meeting.pitchSummary} />}
    </Stack>
  );
}

const RESPONSES: RsvpResponse[] = ['GOING', 'MAYBE', 'NOT_GOING'];

const isResponse = (status: string): status is RsvpResponse => (RESPONSES as string[]).includes(status);

/** Answering: for a member co-op's people, going/maybe/not going; for anyone else, asking to visit. */
function Answer({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const { viewer } = useViewer();
  const memberCoops = meeting.council.viewerCoops.filter((c) => c.status === 'MEMBER');
  const own = meeting.viewerAttendee;
  const [coopId, setCoopId] = useState<string | null>(own?.coop?.id ?? memberCoops[0]?.coop.id ?? null);
  const [rsvp, rsvpState] = useMutation(RsvpMutation, { refetchQueries: [MeetingQuery] });
  const ended = Date.parse(meeting.endsAt) < useNow();
  if (ended) return null;
  if (!viewer) {
    return (
      <Text>
        <Trans t={t} i18nKey="answer.signIn" components={{ to: <Anchor component={Link} to={`/sign-in?next=${encodeURIComponent(`/meetings/${meeting.id}`)}`} /> }} />
      </Text>
    );
  }
  if (meeting.viewerCanRsvp && memberCoops.length > 0) {
    const answer = async (response: RsvpResponse) => {
      if (!coopId) return;
      const { data } = await rsvp({ variables: { input: { meetingId: meeting.id, coopId, response } } });
      const problem = data?.rsvp.errors[0];
      notifications.show(problem ? { color: 'orange', message: problem.message } : { color: 'teal', message: t('answer.saved') });
    };
    return (
      <Card withBorder>
        <Stack gap="xs">
          <Text fw={600}>
            {own && own.role === 'MEMBER'
              ? t('answer.answered', { answer: isResponse(own.status) ? t(`rsvp.${own.status}`) : t(`attendees.status.${own.status}`) })
              : t('answer.willYouCome')}
          </Text>
          {memberCoops.length > 1 && (
            <Select
              label={t('answer.comingFor')}
              data={memberCoops.map((c) => ({ value: c.coop.id, label: c.coop.name }))}
              value={coopId}
              onChange={setCoopId}
              allowDeselect={false}
              maw={360}
            />
          )}
          <Group gap="xs">
            {RESPONSES.map((response) => (
              <Button
                key={response}
                variant={own?.role === 'MEMBER' && own.status === response ? 'filled' : 'light'}
                aria-pressed={own?.role === 'MEMBER' && own.status === response}
                onClick={() => void answer(response)}
                loading={rsvpState.loading}
              >
                {t(`rsvp.${response}`)}
              </Button>
            ))}
          </Group>
        </Stack>
      </Card>
    );
  }
  if (meeting.viewerCanManage && (viewer.memberships.length === 0)) {
    return <Text c="dimmed">{t('answer.organiserWithoutCoop')}</Text>;
  }
  return <AskToVisit meeting={meeting} />;
}

function AskToVisit({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const { viewer } = useViewer();
  const own = meeting.viewerAttendee;
  const coops = viewer?.memberships.map((m) => m.coop) ?? [];
  const [coopId, setCoopId] = useState<string | null>(coops[0]?.id ?? null);
  const [note, setNote] = useState('');
  const [ask, state] = useMutation(AskToVisitMutation, { refetchQueries: [MeetingQuery] });
  const [problem, setProblem] = useState<string | null>(null);
  if (own?.role === 'VISITOR') {
    return <Alert color={own.status === 'REFUSED' ? 'orange' : 'teal'}>{own.status === 'NOT_GOING' ? '' : t(`visit.status.${own.status}`)}</Alert>;
  }
  if (coops.length === 0) {
    return (
      <Text>
        <Trans t={t} i18nKey="visit.needCoop" components={{ to: <Anchor component={Link} to="/coops/new" /> }} />
      </Text>
    );
  }
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={600}>{t('visit.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('visit.notMember', { council: meeting.council.name })}
        </Text>
        {problem && (
          <Alert color="orange" role="alert">
            {problem}
          </Alert>
        )}
        {coops.length > 1 && (
          <Select label={t('visit.coop')} data={coops.map((c) => ({ value: c.id, label: c.name }))} value={coopId} onChange={setCoopId} allowDeselect={false} maw={360} />
        )}
        <Textarea label={t('visit.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={1000} autosize minRows={2} />
        <Button
          w="fit-content"
          loading={state.loading}
          onClick={async () => {
            if (!coopId) return;
            const { data } = await ask({ variables: { input: { meetingId: meeting.id, coopId, note: note || null } } });
            setProblem(data?.askToVisit.errors[0]?.message ?? null);
          }}
        >
          {t('visit.ask')}
        </Button>
      </Stack>
    </Card>
  );
}

function CancelButton({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const [cancel, state] = useMutation(CancelMeetingMutation, { refetchQueries: [MeetingQuery] });
  const now = useNow();
  if (Date.parse(meeting.startsAt) <= now) return null;
  return (
    <Button
      variant="subtle"
      color="red"
      loading={state.loading}
      onClick={async () => {
        if (!window.confirm(t('cancel.confirm'))) return;
        const { data } = await cancel({ variables: { id: meeting.id } });
        const problem = data?.cancelMeeting.errors[0];
        notifications.show(problem ? { color: 'orange', message: problem.message } : { message: t('cancel.done') });
      }}
    >
      {t('cancel.button')}
    </Button>
  );
}
