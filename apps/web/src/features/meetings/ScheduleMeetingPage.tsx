import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { CouncilQuery } from '../councils/graphql';
import { ScheduleMeetingMutation } from './graphql';
import { MeetingForm, meetingFormValues } from './MeetingForm';

/** The first Tuesday at least a week away, 18:00–19:30: a sensible start for a monthly meeting. */
function suggestedStart(): Date {
  const day = new Date(Date.now() + 7 * 86_400_000);
  while (day.getDay() !== 2) day.setDate(day.getDate() + 1);
  day.setHours(18, 0, 0, 0);
  return day;
}

/** /councils/:slug/meetings/new: an organiser schedules a meeting. */
export function ScheduleMeetingPage() {
  const { t } = useTranslation('meetings');
  return (
    <RequireSignIn reason={t('schedule.signIn')}>
      <ScheduleMeeting />
    </RequireSignIn>
  );
}

function ScheduleMeeting() {
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const { t } = useTranslation('meetings');
  usePageTitle(t('schedule.title'));
  const { data, loading, error, refetch } = useQuery(CouncilQuery, { variables: { slug } });
  const [schedule] = useMutation(ScheduleMeetingMutation, { refetchQueries: [CouncilQuery] });
  if (loading && !data) return <Loading label={t('schedule.loading')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const council = data?.council;
  if (!council) return <NotFoundPage what="council" />;
  if (!council.viewerIsOrganiser) {
    return (
      <Alert color="orange" title={t('schedule.organisersOnlyTitle')} role="alert">
        {t('schedule.organisersOnly', { council: council.name })}
      </Alert>
    );
  }
  const start = suggestedStart();
  return (
    <Stack maw={760} px={{ base: 'xs', sm: 0 }}>
      <Title order={1}>{t('schedule.title')}</Title>
      <Text c="dimmed">{t('schedule.intro', { council: council.name })}</Text>
      <MeetingForm
        timeZone={council.timeZone}
        initialValues={meetingFormValues(
          {
            title: t('schedule.defaultTitle', { council: council.name }),
            agenda: t('schedule.defaultAgenda'),
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 90 * 60_000).toISOString(),
            format: 'IN_PERSON',
          },
          council.timeZone,
        )}
        submitLabel={t('schedule.submit')}
        onCancel={() => void navigate(`/councils/${council.slug}`)}
        onSubmit={async (input) => {
          const { data: result } = await schedule({ variables: { councilId: council.id, input } });
          const meeting = result?.scheduleMeeting.meeting;
          if (meeting) {
            notifications.show({ color: 'teal', message: t('schedule.done') });
            void navigate(`/meetings/${meeting.id}`);
            return [];
          }
          return result?.scheduleMeeting.errors ?? [{ message: t('schedule.notSaved') }];
        }}
      />
    </Stack>
  );
}
