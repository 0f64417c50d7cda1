import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { MeetingEditQuery, UpdateMeetingMutation } from './graphql';
import { MeetingForm, meetingFormValues } from './MeetingForm';

/** /meetings/:id/edit: an organiser changes a meeting; those coming are told. */
export function EditMeetingPage() {
  return (
    <RequireSignIn reason="Sign in to change a meeting.">
      <EditMeeting />
    </RequireSignIn>
  );
}

function EditMeeting() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  usePageTitle('Change a meeting');
  const { data, loading, error, refetch } = useQuery(MeetingEditQuery, { variables: { id } });
  const [update] = useMutation(UpdateMeetingMutation);
  if (loading && !data) return <Loading label="Loading the meeting…" />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const meeting = data?.meeting;
  if (!meeting) return <NotFoundPage what="meeting" />;
  if (!meeting.viewerCanManage || meeting.cancelledAt) {
    return (
      <Alert color="orange" role="alert">
        {meeting.cancelledAt ? 'This meeting was cancelled; schedule a new one instead.' : `Only organisers of ${meeting.council.name} change its meetings.`}
      </Alert>
    );
  }
  return (
    <Stack maw={760} px={{ base: 'xs', sm: 0 }}>
      <Title order={1}>Change “{meeting.title}”</Title>
      <MeetingForm
        timeZone={meeting.council.timeZone}
        initialValues={meetingFormValues(meeting, meeting.council.timeZone)}
        submitLabel="Save and tell those coming"
        onCancel={() => void navigate(`/meetings/${meeting.id}`)}
        onSubmit={async (input) => {
          const { data: result } = await update({ variables: { id: meeting.id, input } });
          if (result?.updateMeeting.meeting) {
            notifications.show({ color: 'teal', message: 'Saved. Those coming have been told, and calendars will update.' });
            void navigate(`/meetings/${meeting.id}`);
            return [];
          }
          return result?.updateMeeting.errors ?? [{ message: 'The change was not saved. Please try again.' }];
        }}
      />
    </Stack>
  );
}
