import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Attendance, MeetingAttendeeFieldsFragment, MeetingQuery } from '../../gql/graphql';
import { useNow } from '../../lib/useNow';
import { AnswerVisitorMutation, RecordAttendanceMutation } from './graphql';

type Meeting = NonNullable<MeetingQuery['meeting']>;
type Attendee = MeetingAttendeeFieldsFragment;

/** Who is coming; for organisers, visitors to answer and attendance to record once it has started. */
export function AttendeesPanel({ meeting, onChanged }: { meeting: Meeting; onChanged: () => void }) {
  const { t } = useTranslation('meetings');
  const attendees = meeting.attendees ?? [];
  const asked = attendees.filter((a) => a.status === 'ASKED');
  const started = Date.parse(meeting.startsAt) <= useNow();
  const [recording, setRecording] = useState(false);
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('attendees.heading', { going: attendees.filter((a) => a.status === 'GOING').length })}
          </Title>
          {meeting.viewerCanManage && started && !recording && (
            <Button size="xs" variant="light" onClick={() => setRecording(true)}>
              {t('attendees.record')}
            </Button>
          )}
        </Group>
        {meeting.viewerCanManage && asked.length > 0 && <VisitorRequests meetingId={meeting.id} asked={asked} />}
        {recording ? (
          <AttendanceForm
            meeting={meeting}
            onDone={() => {
              setRecording(false);
              onChanged();
            }}
          />
        ) : attendees.length === 0 ? (
          <Text c="dimmed">{t('attendees.nobody')}</Text>
        ) : (
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {attendees
              .filter((a) => a.status !== 'ASKED')
              .map((a) => (
                <Group key={a.userId} component="li" gap="xs" wrap="wrap">
                  <Text>{a.displayName}</Text>
                  {a.coop && (
                    <Anchor component={Link} to={`/coops/${a.coop.slug}`} size="sm">
                      {a.coop.name}
                    </Anchor>
                  )}
                  <Badge size="xs" variant="light" color={a.status === 'GOING' ? 'teal' : 'gray'}>
                    {t(`attendees.status.${a.status}`)}
                  </Badge>
                  {a.role === 'VISITOR' && (
                    <Badge size="xs" variant="outline">
                      {a.broughtBy ? t('attendees.visitorOf', { coop: a.broughtBy.name }) : t('attendees.visitor')}
                    </Badge>
                  )}
                  {a.attendance && (
                    <Badge size="xs" color={a.attendance === 'ABSENT' ? 'red' : 'blue'}>
                      {a.attendance === 'SUBSTITUTE'
                        ? a.substituteName
                          ? t('attendees.substitute', { name: a.substituteName })
                          : t('attendees.substituteUnnamed')
                        : t(`attendees.attendance.${a.attendance}`)}
                    </Badge>
                  )}
                </Group>
              ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/** Who is asking, with their co-op and whoever invited them when known: one sentence each way. */
function whoKey(a: Attendee) {
  if (a.coop) return a.broughtBy ? 'visitors.whoOfCoopInvited' : 'visitors.whoOfCoop';
  return a.broughtBy ? 'visitors.whoInvited' : 'visitors.who';
}

function VisitorRequests({ meetingId, asked }: { meetingId: string; asked: Attendee[] }) {
  const { t } = useTranslation('meetings');
  const [answer, state] = useMutation(AnswerVisitorMutation);
  const reply = async (userId: string, accept: boolean) => {
    const { data } = await answer({ variables: { input: { meetingId, userId, accept } } });
    const problem = data?.answerVisitor.errors[0];
    notifications.show(problem ? { color: 'orange', message: problem.message } : { message: accept ? t('visitors.letInDone') : t('visitors.turnedAwayDone') });
  };
  return (
    <Alert color="blue" title={t('visitors.asked', { count: asked.length })}>
      <Stack gap="xs">
        {asked.map((a) => (
          <Stack key={a.userId} gap={2}>
            <Text size="sm">
              <Trans
                t={t}
                i18nKey={whoKey(a)}
                values={{ name: a.displayName, coop: a.coop?.name, by: a.broughtBy?.name }}
                components={{ strong: <strong /> }}
              />
            </Text>
            {a.note && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                {t('visitors.note', { note: a.note })}
              </Text>
            )}
            <Group gap="xs">
              <Button size="xs" onClick={() => void reply(a.userId, true)} loading={state.loading}>
                {t('visitors.letIn')}
              </Button>
              <Button size="xs" variant="subtle" color="red" onClick={() => void reply(a.userId, false)} loading={state.loading}>
                {t('visitors.turnAway')}
              </Button>
            </Group>
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}

/** Present, absent or a substitute for everyone who answered; saved together. */
function AttendanceForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useTranslation('meetings');
  const people = (meeting.attendees ?? []).filter((a) => a.status !== 'ASKED' && a.status !== 'REFUSED');
  const [marks, setMarks] = useState<Record<string, { attendance: Attendance; substituteName: string }>>(() =>
    Object.fromEntries(
      people.map((a) => [a.userId, { attendance: a.attendance ?? (a.status === 'GOING' ? 'PRESENT' : 'ABSENT'), substituteName: a.substituteName ?? '' }]),
    ),
  );
  const [record, state] = useMutation(RecordAttendanceMutation);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      {problem && (
        <Alert color="orange" role="alert">
          {problem}
        </Alert>
      )}
      {people.map((a) => {
        const mark = marks[a.userId]!;
        return (
          <Group key={a.userId} gap="xs" wrap="wrap" align="flex-end">
            <Text w={180} truncate>
              {a.displayName}
            </Text>
            <SegmentedControl
              size="xs"
              value={mark.attendance}
              aria-label={t('attendanceForm.of', { name: a.displayName })}
              onChange={(v) => setMarks((m) => ({ ...m, [a.userId]: { ...mark, attendance: v as Attendance } }))}
              data={[
                { value: 'PRESENT', label: t('attendanceForm.choice.PRESENT') },
                { value: 'ABSENT', label: t('attendanceForm.choice.ABSENT') },
                { value: 'SUBSTITUTE', label: t('attendanceForm.choice.SUBSTITUTE') },
              ]}
            />
            {mark.attendance === 'SUBSTITUTE' && (
              <TextInput
                size="xs"
                placeholder={t('attendanceForm.substitutePlaceholder')}
                aria-label={t('attendanceForm.substituteOf', { name: a.displayName })}
                value={mark.substituteName}
                onChange={(e) => {
                  const substituteName = e.currentTarget.value;
                  setMarks((m) => ({ ...m, [a.userId]: { ...mark, substituteName } }));
                }}
              />
            )}
          </Group>
        );
      })}
      <Group>
        <Button
          loading={state.loading}
          onClick={async () => {
            const entries = people.map((a) => ({
              userId: a.userId,
              attendance: marks[a.userId]!.attendance,
              substituteName: marks[a.userId]!.attendance === 'SUBSTITUTE' ? marks[a.userId]!.substituteName : null,
            }));
            const { data } = await record({ variables: { input: { meetingId: meeting.id, entries } } });
            const error = data?.recordAttendance.errors[0];
            if (error) {
              const at = /^entries\.(\d+)/.exec(error.field ?? '')?.[1];
              setProblem(at !== undefined ? t('attendanceForm.problemOf', { name: people[Number(at)]?.displayName, message: error.message }) : error.message);
              return;
            }
            notifications.show({ color: 'teal', message: t('attendanceForm.saved') });
            onDone();
          }}
        >
          {t('attendanceForm.save')}
        </Button>
      </Group>
    </Stack>
  );
}
