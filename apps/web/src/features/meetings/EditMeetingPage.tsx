import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { MeetingEditQuery, UpdateMeetingMutation } from './graphql';
import { MeetingForm, meetingFormValues } from './MeetingForm';

/** /meetings/:id/edit: an organiser changes a meeting; those coming are told. */
export function EditMeetingPage() {
  const { t } = useTranslation('meetings');
  return (
    <RequireSignIn reason={t('edit.signIn')}>
      <EditMeeting />
    </RequireSignIn>
  );
}

function EditMeeting() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { t } = useTranslation('meetings');
  usePageTitle(t('edit.title'));
  const { data, loading, error, refetch } = useQuery(MeetingEditQuery, { variables: { id } });
  const [update] = useMutation(UpdateMeetingMutation);
  if (loading && !data) return <Loading label={t('edit.loading')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const meeting = data?.meeting;
  if (!meeting) return <NotFoundPage what="meeting" />;
  if (!meeting.viewerCanManage || meeting.cancelledAt) {
    return (
      <Alert color="orange" role="alert">
        {meeting.cancelledAt ? t('edit.cancelled') : t('edit.organisersOnly', { council: meeting.council.name })}
      </Alert>
    );
  }
  return (
    <Stack maw={760} px={{ base: 'xs', sm: 0 }}>
      <Title order={1}>{t('edit.heading', { title: meeting.title })}</Title>
      <MeetingForm
        timeZone={meeting.council.timeZone}
        initialValues={meetingFormValues(meeting, meeting.council.timeZone)}
        submitLabel={t('edit.submit')}
        onCancel={() => void navigate(`/meetings/${meeting.id}`)}
        onSubmit={async (input) => {
          const { data: result } = await update({ variables: { id: meeting.id, input } });
          if (result?.updateMeeting.meeting) {
            notifications.show({ color: 'teal', message: t('edit.done') });
            void navigate(`/meetings/${meeting.id}`);
            return [];
          }
          return result?.updateMeeting.errors ?? [{ message: t('edit.notSaved') }];
        }}
      />
    </Stack>
  );
}
