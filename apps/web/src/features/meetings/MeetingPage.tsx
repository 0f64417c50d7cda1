import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconDeviceMobile, IconPencil, IconPresentation, IconVideo } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import type { MeetingQuery as MeetingQueryResult, RsvpResponse } from '../../gql/graphql';
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
  const { data, loading, error, refetch } = useQuery(MeetingQuery, { variables: { id } });
  const meeting = data?.meeting;
  usePageTitle(meeting?.title);
  if (loading && !data) return <Loading label="Loading the meeting…" />;
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
              Cancelled
            </Badge>
          )}
        </Group>
        <Text fw={600}>{meetingWhen(meeting)}</Text>
        <Text c="dimmed">
          {formatLabel(meeting.format)}
          {meeting.venue ? ` · ${meeting.venue}` : ''} · {meeting.goingCount} going
        </Text>
      </Stack>

      {meeting.onlineUrl && !meeting.cancelledAt && (
        <Button component="a" href={meeting.onlineUrl} target="_blank" rel="noopener noreferrer" leftSection={<IconVideo size={18} />} w="fit-content">
          Join online
        </Button>
      )}

      <Group gap="xs">
        <Button component="a" href={meeting.icsUrl} variant="light" leftSection={<IconCalendarPlus size={18} />}>
          Add to your calendar
        </Button>
        {meeting.viewerCanManage && !meeting.cancelledAt && (
          <>
            <Button component={Link} to={`/meetings/${meeting.id}/edit`} variant="subtle" leftSection={<IconPencil size={16} />}>
              Edit
            </Button>
            <CancelButton meeting={meeting} />
          </>
        )}
      </Group>

      {!meeting.cancelledAt && <Answer meeting={meeting} />}

      {meeting.agenda && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Agenda
          </Title>
          <Text style={{ whiteSpace: 'pre-line' }}>{meeting.agenda}</Text>
        </Card>
      )}

      {!meeting.cancelledAt && (meeting.viewerCanManage || meeting.attendees) && (
        <Card withBorder>
          <Stack gap="xs">
            <Title order={2} size="h4">
              The 60-second pitches
            </Title>
            {round?.status === 'ENDED' ? (
              <Text>The round has ended.</Text>
            ) : (
              <Text>
                Each co-op present gives its pitch in turn. Follow along on your phone and tap for a pitch that interests you; after the round
                you get a list of introductions and referrals to follow up.
              </Text>
            )}
            <Group gap="xs">
              {round?.status !== 'ENDED' && (
                <Button component={Link} to={`/meetings/${meeting.id}/live`} leftSection={<IconDeviceMobile size={18} />}>
                  {round && round.status !== 'READY' ? 'Follow the round live' : 'Open the live view'}
                </Button>
              )}
              {meeting.viewerCanManage && round?.status !== 'ENDED' && (
                <Button component={Link} to={`/meetings/${meeting.id}/facilitate`} variant="light" leftSection={<IconPresentation size={18} />}>
                  {round ? 'Facilitator’s screen' : 'Set up the round'}
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
  const { data, loading, error, refetch } = useQuery(FollowUpsQuery, { variables: { id: meetingId } });
  if (loading && !data) return <Loading label="Loading what came of the round…" />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const meeting = data?.meeting;
  if (!meeting) return null;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2} size="h3">
          Your follow-ups
        </Title>
        <FollowUps items={meeting.followUps} meetingId={meetingId} />
      </Stack>
      {meeting.pitchSummary && <RoundSummary summary={meeting.pitchSummary} />}
    </Stack>
  );
}

const RESPONSES: { value: RsvpResponse; label: string }[] = [
  { value: 'GOING', label: 'Going' },
  { value: 'MAYBE', label: 'Maybe' },
  { value: 'NOT_GOING', label: 'Not going' },
];

/** Answering: for a member co-op's people, going/maybe/not going; for anyone else, asking to visit. */
function Answer({ meeting }: { meeting: Meeting }) {
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
        <Anchor component={Link} to={`/sign-in?next=${encodeURIComponent(`/meetings/${meeting.id}`)}`}>
          Sign in
        </Anchor>{' '}
        to say you are coming, or to ask to visit.
      </Text>
    );
  }
  if (meeting.viewerCanRsvp && memberCoops.length > 0) {
    const answer = async (response: RsvpResponse) => {
      if (!coopId) return;
      const { data } = await rsvp({ variables: { input: { meetingId: meeting.id, coopId, response } } });
      const problem = data?.rsvp.errors[0];
      notifications.show(problem ? { color: 'orange', message: problem.message } : { color: 'teal', message: 'Your answer is saved.' });
    };
    return (
      <Card withBorder>
        <Stack gap="xs">
          <Text fw={600}>{own && own.role === 'MEMBER' ? `You answered: ${RESPONSES.find((r) => r.value === own.status)?.label ?? own.status}` : 'Will you come?'}</Text>
          {memberCoops.length > 1 && (
            <Select
              label="Coming for"
              data={memberCoops.map((c) => ({ value: c.coop.id, label: c.coop.name }))}
              value={coopId}
              onChange={setCoopId}
              allowDeselect={false}
              maw={360}
            />
          )}
          <Group gap="xs">
            {RESPONSES.map((r) => (
              <Button
                key={r.value}
                variant={own?.role === 'MEMBER' && own.status === r.value ? 'filled' : 'light'}
                aria-pressed={own?.role === 'MEMBER' && own.status === r.value}
                onClick={() => void answer(r.value)}
                loading={rsvpState.loading}
              >
                {r.label}
              </Button>
            ))}
          </Group>
        </Stack>
      </Card>
    );
  }
  if (meeting.viewerCanManage && (viewer.memberships.length === 0)) {
    return <Text c="dimmed">You organise this meeting. Add your own co-op to say you are going and to tap during the pitches.</Text>;
  }
  return <AskToVisit meeting={meeting} />;
}

function AskToVisit({ meeting }: { meeting: Meeting }) {
  const { viewer } = useViewer();
  const own = meeting.viewerAttendee;
  const coops = viewer?.memberships.map((m) => m.coop) ?? [];
  const [coopId, setCoopId] = useState<string | null>(coops[0]?.id ?? null);
  const [note, setNote] = useState('');
  const [ask, state] = useMutation(AskToVisitMutation, { refetchQueries: [MeetingQuery] });
  const [problem, setProblem] = useState<string | null>(null);
  if (own?.role === 'VISITOR') {
    const words = { ASKED: 'You asked to visit; the organisers will answer.', REFUSED: 'The organisers cannot take visitors this time.', GOING: 'You are coming as a visitor.', MAYBE: 'You may come as a visitor.', NOT_GOING: '' };
    return <Alert color={own.status === 'REFUSED' ? 'orange' : 'teal'}>{words[own.status]}</Alert>;
  }
  if (coops.length === 0) {
    return (
      <Text>
        Visitors come for their co-op, since pitches and introductions are between co-ops.{' '}
        <Anchor component={Link} to="/coops/new">
          Add your co-op
        </Anchor>{' '}
        to ask to visit.
      </Text>
    );
  }
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Text fw={600}>Ask to visit</Text>
        <Text size="sm" c="dimmed">
          Your co-op is not a member of {meeting.council.name}. Visitors are welcome when the organisers let them in.
        </Text>
        {problem && (
          <Alert color="orange" role="alert">
            {problem}
          </Alert>
        )}
        {coops.length > 1 && (
          <Select label="Your co-op" data={coops.map((c) => ({ value: c.id, label: c.name }))} value={coopId} onChange={setCoopId} allowDeselect={false} maw={360} />
        )}
        <Textarea label="A note for the organisers (optional)" value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={1000} autosize minRows={2} />
        <Button
          w="fit-content"
          loading={state.loading}
          onClick={async () => {
            if (!coopId) return;
            const { data } = await ask({ variables: { input: { meetingId: meeting.id, coopId, note: note || null } } });
            setProblem(data?.askToVisit.errors[0]?.message ?? null);
          }}
        >
          Ask to visit
        </Button>
      </Stack>
    </Card>
  );
}

function CancelButton({ meeting }: { meeting: Meeting }) {
  const [cancel, state] = useMutation(CancelMeetingMutation, { refetchQueries: [MeetingQuery] });
  const now = useNow();
  if (Date.parse(meeting.startsAt) <= now) return null;
  return (
    <Button
      variant="subtle"
      color="red"
      loading={state.loading}
      onClick={async () => {
        if (!window.confirm('Cancel this meeting? Everyone coming is told, and calendars take it away.')) return;
        const { data } = await cancel({ variables: { id: meeting.id } });
        const problem = data?.cancelMeeting.errors[0];
        notifications.show(problem ? { color: 'orange', message: problem.message } : { message: 'The meeting is cancelled.' });
      }}
    >
      Cancel the meeting
    </Button>
  );
}
