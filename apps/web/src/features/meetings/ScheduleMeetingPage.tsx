import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { CouncilQuery } from '../councils/graphql';
import { ScheduleMeetingMutation } from './graphql';
import { DEFAULT_AGENDA, MeetingForm, meetingFormValues } from './MeetingForm';

/** The first Tuesday at least a week away, 18:00–19:30: a sensible start for a monthly meeting. */
function suggestedStart(): Date {
  const day = new Date(Date.now() + 7 * 86_400_000);
  while (day.getDay() !== 2) day.setDate(day.getDate() + 1);
  day.setHours(18, 0, 0, 0);
  return day;
}

/** /councils/:slug/meetings/new: an organiser schedules a meeting. */
export function ScheduleMeetingPage() {
  return (
    <RequireSignIn reason="Sign in to schedule a meeting.">
      <ScheduleMeeting />
    </RequireSignIn>
  );
}

function ScheduleMeeting() {
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  usePageTitle('Schedule a meeting');
  const { data, loading, error, refetch } = useQuery(CouncilQuery, { variables: { slug } });
  const [schedule] = useMutation(ScheduleMeetingMutation, { refetchQueries: [CouncilQuery] });
  if (loading && !data) return <Loading label="Loading the council…" />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const council = data?.council;
  if (!council) return <NotFoundPage what="council" />;
  if (!council.viewerIsOrganiser) {
    return (
      <Alert color="orange" title="For the council’s organisers" role="alert">
        Only organisers of {council.name} schedule its meetings.
      </Alert>
    );
  }
  const start = suggestedStart();
  return (
    <Stack maw={760} px={{ base: 'xs', sm: 0 }}>
      <Title order={1}>Schedule a meeting</Title>
      <Text c="dimmed">Everyone in {council.name}’s member co-ops is told, and it appears on the council’s page and calendar feed.</Text>
      <MeetingForm
        timeZone={council.timeZone}
        initialValues={meetingFormValues(
          {
            title: `${council.name}: monthly meeting`,
            agenda: DEFAULT_AGENDA,
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 90 * 60_000).toISOString(),
            format: 'IN_PERSON',
          },
          council.timeZone,
        )}
        submitLabel="Schedule it"
        onCancel={() => void navigate(`/councils/${council.slug}`)}
        onSubmit={async (input) => {
          const { data: result } = await schedule({ variables: { councilId: council.id, input } });
          const meeting = result?.scheduleMeeting.meeting;
          if (meeting) {
            notifications.show({ color: 'teal', message: 'The meeting is scheduled; the member co-ops have been told.' });
            void navigate(`/meetings/${meeting.id}`);
            return [];
          }
          return result?.scheduleMeeting.errors ?? [{ message: 'The meeting was not saved. Please try again.' }];
        }}
      />
    </Stack>
  );
}
