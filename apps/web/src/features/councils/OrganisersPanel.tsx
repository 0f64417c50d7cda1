import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useViewer } from '../accounts/useViewer';
import { AddOrganiserMutation, RemoveOrganiserMutation } from './graphql';

/** Organisers: who runs the council; add a person from a member co-op by email, or step down. */
export function OrganisersPanel({ councilId, organisers }: { councilId: string; organisers: { userId: string; displayName: string }[] }) {
  const { viewer } = useViewer();
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [add, addState] = useMutation(AddOrganiserMutation);
  const [remove, removeState] = useMutation(RemoveOrganiserMutation);
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Organisers
      </Title>
      <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {organisers.map((o) => (
          <Group key={o.userId} component="li" gap="xs">
            <Text>{o.displayName}</Text>
            {organisers.length > 1 && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                loading={removeState.loading}
                onClick={async () => {
                  const self = o.userId === viewer?.user.id;
                  if (!window.confirm(self ? 'Step down as an organiser?' : `Remove ${o.displayName} as an organiser?`)) return;
                  const { data } = await remove({ variables: { input: { councilId, userId: o.userId } } });
                  const error = data?.removeCouncilOrganiser.errors[0];
                  notifications.show(error ? { color: 'orange', message: error.message } : { message: 'Done.' });
                }}
              >
                {o.userId === viewer?.user.id ? 'Step down' : 'Remove'}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
      <Group align="flex-end" gap="xs">
        <TextInput
          label="Add an organiser"
          description="Someone in one of the member co-ops, by their email address."
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={problem}
          w={320}
        />
        <Button
          loading={addState.loading}
          disabled={!email.trim()}
          onClick={async () => {
            const { data } = await add({ variables: { input: { councilId, email } } });
            const error = data?.addCouncilOrganiser.errors[0];
            setProblem(error?.message ?? null);
            if (!error) setEmail('');
          }}
        >
          Add
        </Button>
      </Group>
    </Stack>
  );
}
