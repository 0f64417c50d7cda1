import { useMutation } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { CouncilForm, EMPTY_COUNCIL } from './CouncilForm';
import { CreateCouncilMutation } from './graphql';

/** /councils/new: anyone with a confirmed address starts a council and becomes its organiser. */
export function CreateCouncilPage() {
  usePageTitle('Start a council');
  const navigate = useNavigate();
  const [create] = useMutation(CreateCouncilMutation, { refetchQueries: ['Councils'] });
  return (
    <RequireSignIn reason="Sign in to start a council.">
      <Stack maw={760} px={{ base: 'xs', sm: 0 }}>
        <Title order={1}>Start a council</Title>
        <Text c="dimmed">
          A council is a group of co-ops that meets: a regional co-operative council, a sector network, a trade-fair circle. You will be its
          first organiser; invite co-ops or bring in your member list next.
        </Text>
        <CouncilForm
          initialValues={EMPTY_COUNCIL}
          submitLabel="Start the council"
          onCancel={() => void navigate('/councils')}
          onSubmit={async (input) => {
            const { data } = await create({ variables: { input } });
            const council = data?.createCouncil.council;
            if (council) {
              notifications.show({ color: 'teal', message: `${council.name} is started. Invite its co-ops next.` });
              void navigate(`/councils/${council.slug}?tab=members`);
              return [];
            }
            return data?.createCouncil.errors ?? [{ message: 'The council was not saved. Please try again.' }];
          }}
        />
      </Stack>
    </RequireSignIn>
  );
}
