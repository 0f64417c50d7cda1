import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../accounts/useViewer';
import { AddOrganiserMutation, RemoveOrganiserMutation } from './graphql';

/** Organisers: who runs the council; add a person from a member co-op by email, or step down. */
export function OrganisersPanel({ councilId, organisers }: { councilId: string; organisers: { userId: string; displayName: string }[] }) {
  const { t } = useTranslation('councils');
  const { viewer } = useViewer();
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [add, addState] = useMutation(AddOrganiserMutation);
  const [remove, removeState] = useMutation(RemoveOrganiserMutation);
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('organisers.title')}
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
                  if (!window.confirm(self ? t('organisers.confirmStepDown') : t('organisers.confirmRemove', { name: o.displayName }))) return;
                  const { data } = await remove({ variables: { input: { councilId, userId: o.userId } } });
                  const error = data?.removeCouncilOrganiser.errors[0];
                  notifications.show(error ? { color: 'orange', message: error.message } : { message: t('organisers.done') });
                }}
              >
                {o.userId === viewer?.user.id ? t('organisers.stepDown') : t('organisers.remove')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('organisers.add')}
          description={t('organisers.addHint')}
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
          {t('organisers.addButton')}
        </Button>
      </Group>
    </Stack>
  );
}
