import { useMutation } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle';
import { ViewerQuery } from '../accounts/graphql';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { CoopForm, EMPTY_COOP_FORM } from './CoopForm';
import { CreateCoopMutation } from './graphql';
import { toCoopInput } from './to-coop-input';

export function CreateCoopPage() {
  usePageTitle('Add your co-op');
  const navigate = useNavigate();
  const [createCoop] = useMutation(CreateCoopMutation, { refetchQueries: [ViewerQuery] });

  return (
    <RequireSignIn>
      <Stack maw={860}>
        <div>
          <Title order={1}>Add your co-op</Title>
          <Text c="dimmed">Your 60-second pitch: who you are, what you provide, and who you want to meet.</Text>
        </div>
        <CoopForm
          initialValues={EMPTY_COOP_FORM}
          submitLabel="Publish profile"
          onSubmit={async (values) => {
            const { data } = await createCoop({ variables: { input: toCoopInput(values) } });
            const result = data?.createCoop;
            if (result?.coop) {
              notifications.show({ color: 'teal', message: `${result.coop.name} is in the directory.` });
              void navigate(`/coops/${result.coop.slug}`);
              return [];
            }
            return result?.errors ?? [{ message: 'The profile was not saved. Please try again.' }];
          }}
        />
      </Stack>
    </RequireSignIn>
  );
}
