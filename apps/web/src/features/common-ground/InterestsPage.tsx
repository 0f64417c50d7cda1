import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Autocomplete, Badge, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { InterestKind, InterestVisibility } from '../../gql/graphql';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { AddInterestMutation, InterestOptionsQuery, MyInterestsQuery, RemoveInterestMutation, SetInterestVisibilityMutation } from './graphql';
import { KIND_LABELS, VISIBILITY_LABELS } from './labels';

const KIND_OPTIONS = Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }));
const VISIBILITY_OPTIONS = Object.entries(VISIBILITY_LABELS).map(([value, label]) => ({ value, label }));

/** /account/interests: common ground, each interest with who may see it (only me, to begin with). */
export function InterestsPage() {
  usePageTitle('Your interests');
  return (
    <RequireSignIn reason="Sign in to add your interests.">
      <Interests />
    </RequireSignIn>
  );
}

function Interests() {
  const { data, loading, error, refetch } = useQuery(MyInterestsQuery);
  const [setVisibility] = useMutation(SetInterestVisibilityMutation);
  const [remove] = useMutation(RemoveInterestMutation, { refetchQueries: [MyInterestsQuery] });
  if (loading && !data) return <Loading label="Loading your interests…" />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const interests = data?.viewer?.interests ?? [];
  return (
    <Stack maw={760} px={{ base: 'xs', sm: 0 }}>
      <Title order={1}>Common ground</Title>
      <Text c="dimmed">
        The team you support, where you grew up, the languages you speak, what you do at weekends: at a meeting, Principle Six suggests people
        you could talk to, and says when you share something. Each interest is yours alone until you choose who may see it, and nobody is
        ever told about one they may not see.
      </Text>
      <AddInterest />
      {interests.length === 0 ? (
        <Text c="dimmed">No interests yet.</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Your interests">
          {interests.map((interest) => (
            <Card key={interest.id} withBorder padding="xs" component="li">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Group gap="xs">
                  <Badge variant="light">{KIND_LABELS[interest.kind]}</Badge>
                  <Text fw={600}>{interest.label}</Text>
                </Group>
                <Group gap="xs" wrap="nowrap">
                  <Select
                    size="xs"
                    aria-label={`Who may see ${interest.label}`}
                    data={VISIBILITY_OPTIONS}
                    value={interest.visibility}
                    allowDeselect={false}
                    onChange={(value) => value && void setVisibility({ variables: { input: { id: interest.id, visibility: value as InterestVisibility } } })}
                    w={200}
                  />
                  <Button size="xs" variant="subtle" color="red" aria-label={`Remove ${interest.label}`} onClick={() => void remove({ variables: { id: interest.id } })}>
                    <IconTrash size={16} />
                  </Button>
                </Group>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function AddInterest() {
  const [kind, setKind] = useState<InterestKind>('TEAM');
  const [label, setLabel] = useState('');
  const [visibility, setVisibility] = useState<InterestVisibility>('ONLY_ME');
  const [problem, setProblem] = useState<string | null>(null);
  const [typed] = useDebouncedValue(label.trim(), 200);
  const vocabulary = kind === 'COUNTRY' || kind === 'LANGUAGE';
  const options = useQuery(InterestOptionsQuery, { variables: { kind, text: typed }, skip: !vocabulary && typed.length < 2 });
  const [add, state] = useMutation(AddInterestMutation, { refetchQueries: [MyInterestsQuery] });
  return (
    <Card withBorder>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const { data } = await add({ variables: { input: { kind, label, visibility } } });
          const error = data?.addInterest.errors[0];
          setProblem(error?.message ?? null);
          if (!error) setLabel('');
        }}
      >
        <Stack gap="xs">
          <Group align="flex-end" wrap="wrap" gap="xs">
            <Select label="Kind" data={KIND_OPTIONS} value={kind} onChange={(v) => v && setKind(v as InterestKind)} allowDeselect={false} w={220} />
            <Autocomplete
              label={vocabulary ? 'Choose from the list' : 'In your own words'}
              value={label}
              onChange={setLabel}
              data={[...new Set((options.data?.interestOptions ?? []).map((o) => o.label))]}
              error={problem}
              maxLength={80}
              w={260}
            />
            <Select label="Who may see it" data={VISIBILITY_OPTIONS} value={visibility} onChange={(v) => v && setVisibility(v as InterestVisibility)} allowDeselect={false} w={200} />
            <Button type="submit" loading={state.loading} disabled={label.trim().length < 2}>
              Add
            </Button>
          </Group>
          {!vocabulary && (
            <Text size="xs" c="dimmed">
              Short forms meet long ones: “Man Utd” and “Manchester United” are one team.
            </Text>
          )}
        </Stack>
      </form>
      {problem === null && visibility === 'ONLY_ME' && (
        <Alert mt="xs" color="gray" variant="light">
          Kept to yourself, an interest still finds you common ground with people who show theirs.
        </Alert>
      )}
    </Card>
  );
}
