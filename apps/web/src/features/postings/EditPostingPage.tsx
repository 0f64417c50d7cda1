import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { NeedPageQuery, OfferPageQuery, UpdateNeedMutation, UpdateOfferMutation } from './graphql';
import { NeedForm } from './NeedForm';
import { OfferForm } from './OfferForm';
import { needFormValues, offerFormValues, toNeedInput, toOfferInput } from './posting-form-values';

/** /needs/:id/edit and /offers/:id/edit, for members of the posting's co-op. */
export function EditPostingPage({ what }: { what: 'need' | 'offer' }) {
  return <RequireSignIn>{what === 'need' ? <EditNeed /> : <EditOffer />}</RequireSignIn>;
}

function CannotEdit({ coopName }: { coopName: string }) {
  return (
    <Alert color="orange" title="You cannot edit this" role="alert">
      Only members of {coopName} can edit it, and only while it is open.
    </Alert>
  );
}

function EditNeed() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(NeedPageQuery, { variables: { id, matches: 1 } });
  const [updateNeed] = useMutation(UpdateNeedMutation);
  usePageTitle('Edit need');

  if (loading && !data) return <Loading label="Loading the need…" />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const need = data?.need;
  if (!need) return <NotFoundPage what="need" />;
  if (!need.viewerCanEdit || need.status !== 'OPEN') return <CannotEdit coopName={need.coop.name} />;

  return (
    <Stack maw={860}>
      <Title order={1}>Edit need</Title>
      <NeedForm
        initialValues={needFormValues(need)}
        submitLabel="Save changes"
        onCancel={() => void navigate(`/needs/${need.id}`)}
        onSubmit={async (values) => {
          const { data: result } = await updateNeed({ variables: { id: need.id, input: toNeedInput(values) } });
          if (result?.updateNeed.need) {
            notifications.show({ color: 'teal', message: 'Need saved. Its matches are being ranked again.' });
            void navigate(`/needs/${need.id}`);
            return [];
          }
          return result?.updateNeed.errors ?? [{ message: 'The need was not saved. Please try again.' }];
        }}
      />
    </Stack>
  );
}

function EditOffer() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(OfferPageQuery, { variables: { id, matches: 1 } });
  const [updateOffer] = useMutation(UpdateOfferMutation);
  usePageTitle('Edit offer');

  if (loading && !data) return <Loading label="Loading the offer…" />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const offer = data?.offer;
  if (!offer) return <NotFoundPage what="offer" />;
  if (!offer.viewerCanEdit || offer.status !== 'OPEN') return <CannotEdit coopName={offer.coop.name} />;

  return (
    <Stack maw={860}>
      <Title order={1}>Edit offer</Title>
      <OfferForm
        initialValues={offerFormValues(offer)}
        submitLabel="Save changes"
        onCancel={() => void navigate(`/offers/${offer.id}`)}
        onSubmit={async (values) => {
          const { data: result } = await updateOffer({ variables: { id: offer.id, input: toOfferInput(values) } });
          if (result?.updateOffer.offer) {
            notifications.show({ color: 'teal', message: 'Offer saved.' });
            void navigate(`/offers/${offer.id}`);
            return [];
          }
          return result?.updateOffer.errors ?? [{ message: 'The offer was not saved. Please try again.' }];
        }}
      />
    </Stack>
  );
}
