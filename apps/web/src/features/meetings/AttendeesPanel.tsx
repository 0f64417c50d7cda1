import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Attendance, MeetingAttendeeFieldsFragment, MeetingQuery } from '../../gql/graphql';
import { useNow } from '../../lib/useNow';
import { AnswerVisitorMutation, RecordAttendanceMutation } from './graphql';

type Meeting = NonNullable<MeetingQuery['meeting']>;
type Attendee = MeetingAttendeeFieldsFragment;

const STATUS: Record<Attendee['status'], string> = { GOING: 'going', MAYBE: 'maybe', NOT_GOING: 'not going', ASKED: 'asked to visit', REFUSED: 'turned away' };

/** Who is coming; for organisers, visitors to answer and attendance to record once it has started. */
export function AttendeesPanel({ meeting, onChanged }: { meeting: Meeting; onChanged: () => void }) {
  const attendees = meeting.attendees ?? [];
  const asked = attendees.filter((a) => a.status === 'ASKED');
  const started = Date.parse(meeting.startsAt) <= useNow();
  const [recording, setRecording] = useState(false);
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Who is coming ({attendees.filter((a) => a.status === 'GOING').length})
          </Title>
          {meeting.viewerCanManage && started && !recording && (
            <Button size="xs" variant="light" onClick={() => setRecording(true)}>
              Record attendance
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
          <Text c="dimmed">Nobody has answered yet.</Text>
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
                    {STATUS[a.status]}
                  </Badge>
                  {a.role === 'VISITOR' && (
                    <Badge size="xs" variant="outline">
                      visitor{a.broughtBy ? ` of ${a.broughtBy.name}` : ''}
                    </Badge>
                  )}
                  {a.attendance && (
                    <Badge size="xs" color={a.attendance === 'ABSENT' ? 'red' : 'blue'}>
                      {a.attendance === 'SUBSTITUTE' ? `sent ${a.substituteName ?? 'someone'}` : a.attendance.toLowerCase()}
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

function VisitorRequests({ meetingId, asked }: { meetingId: string; asked: Attendee[] }) {
  const [answer, state] = useMutation(AnswerVisitorMutation);
  const reply = async (userId: string, accept: boolean) => {
    const { data } = await answer({ variables: { input: { meetingId, userId, accept } } });
    const problem = data?.answerVisitor.errors[0];
    notifications.show(problem ? { color: 'orange', message: problem.message } : { message: accept ? 'They are in.' : 'They have been told.' });
  };
  return (
    <Alert color="blue" title={`${asked.length} asked to visit`}>
      <Stack gap="xs">
        {asked.map((a) => (
          <Stack key={a.userId} gap={2}>
            <Text size="sm">
              <strong>{a.displayName}</strong>
              {a.coop ? ` of ${a.coop.name}` : ''}
              {a.broughtBy ? `, invited by ${a.broughtBy.name}` : ''}
            </Text>
            {a.note && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                “{a.note}”
              </Text>
            )}
            <Group gap="xs">
              <Button size="xs" onClick={() => void reply(a.userId, true)} loading={state.loading}>
                Let them in
              </Button>
              <Button size="xs" variant="subtle" color="red" onClick={() => void reply(a.userId, false)} loading={state.loading}>
                Turn away
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
              aria-label={`Attendance of ${a.displayName}`}
              onChange={(v) => setMarks((m) => ({ ...m, [a.userId]: { ...mark, attendance: v as Attendance } }))}
              data={[
                { value: 'PRESENT', label: 'Present' },
                { value: 'ABSENT', label: 'Absent' },
                { value: 'SUBSTITUTE', label: 'Substitute' },
              ]}
            />
            {mark.attendance === 'SUBSTITUTE' && (
              <TextInput
                size="xs"
                placeholder="Who came instead"
                aria-label={`Who came instead of ${a.displayName}`}
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
              setProblem(at !== undefined ? `${people[Number(at)]?.displayName}: ${error.message}` : error.message);
              return;
            }
            notifications.show({ color: 'teal', message: 'Attendance recorded.' });
            onDone();
          }}
        >
          Save attendance
        </Button>
      </Group>
    </Stack>
  );
}
