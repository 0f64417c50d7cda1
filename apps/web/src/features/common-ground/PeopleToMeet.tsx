import { useQuery } from '@apollo/client/react';
import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { Loading, LoadError } from '../../lib/QueryState';
import { PeopleToMeetQuery } from './graphql';

/** "People you could talk to" at a meeting: usefulness first, then common ground, each with its reasons. */
export function PeopleToMeet({ meetingId }: { meetingId: string }) {
  const { data, loading, error, refetch } = useQuery(PeopleToMeetQuery, { variables: { id: meetingId } });
  if (loading && !data) return <Loading label="Finding people you could talk to…" />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const people = data?.meeting?.peopleToMeet ?? [];
  const noInterests = (data?.viewer?.interests.length ?? 0) === 0;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          People you could talk to
        </Title>
        {people.length === 0 ? (
          <Text c="dimmed">Nobody coming yet has a need your co-op meets, or common ground with you that they have chosen to show.</Text>
        ) : (
          <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
            {people.map((p) => (
              <li key={p.userId}>
                <Text fw={600}>
                  {p.displayName}
                  {p.coop && (
                    <>
                      {' · '}
                      <Anchor component={Link} to={`/coops/${p.coop.slug}`} fw={400}>
                        {p.coop.name}
                      </Anchor>
                    </>
                  )}
                </Text>
                <List size="sm">
                  {p.reasons.map((reason) => (
                    <List.Item key={reason}>{reason}</List.Item>
                  ))}
                </List>
              </li>
            ))}
          </Stack>
        )}
        {noInterests && (
          <Text size="sm">
            <Anchor component={Link} to="/account/interests">
              Add your interests
            </Anchor>{' '}
            (teams, languages, hobbies, causes) to find common ground.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
