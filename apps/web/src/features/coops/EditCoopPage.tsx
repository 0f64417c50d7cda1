import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { CoopForm, type CoopFormValues } from './CoopForm';
import { CoopPageQuery, UpdateCoopMutation } from './graphql';
import { toCoopInput } from './to-coop-input';

export function EditCoopPage() {
  return (
    <RequireSignIn>
      <EditCoop />
    </RequireSignIn>
  );
}

function EditCoop() {
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(CoopPageQuery, { variables: { slug } });
  const [updateCoop] = useMutation(UpdateCoopMutation);
  usePageTitle(data?.coop ? `Edit ${data.coop.name}` : 'Edit profile');

  if (loading && !data) return <Loading label="Loading the profile…" />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const coop = data?.coop;
  if (!coop) return <NotFoundPage what="coop" />;
  if (!coop.viewerCanEdit) {
    return (
      <Alert color="orange" title="You cannot edit this profile" role="alert">
        Only the owners of {coop.name} can edit its profile.
      </Alert>
    );
  }

  const initialValues: CoopFormValues = {
    name: coop.name,
    placeName: coop.place.name,
    countryCode: coop.place.countryCode,
    postcode: coop.postcode ?? '',
    address: coop.address ?? '',
    provides: coop.provides,
    categoryCodes: coop.categories.map((c) => c.code),
    whyBuy: coop.whyBuy,
    wantToTalkTo: coop.wantToTalkTo,
    coopType: coop.coopType,
    website: coop.website ?? '',
    contactEmail: coop.contactEmail ?? '',
    contactPhone: coop.contactPhone ?? '',
    memberNotes: coop.memberNotes ?? '',
  };

  return (
    <Stack maw={860}>
      <Title order={1}>Edit {coop.name}</Title>
      <CoopForm
        initialValues={initialValues}
        submitLabel="Save changes"
        onSubmit={async (values) => {
          const { data: result } = await updateCoop({ variables: { id: coop.id, input: toCoopInput(values) } });
          if (result?.updateCoop.coop) {
            notifications.show({ color: 'teal', message: 'Profile saved.' });
            void navigate(`/coops/${coop.slug}`);
            return [];
          }
          return result?.updateCoop.errors ?? [{ message: 'The profile was not saved. Please try again.' }];
        }}
      />
    </Stack>
  );
}
