import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { PostingCoopQuery, PostNeedMutation, PostOfferMutation } from './graphql';
import { NeedForm } from './NeedForm';
import { OfferForm } from './OfferForm';
import { defaultExpiry, startingArea, toNeedInput, toOfferInput } from './posting-form-values';
import { useIdempotencyKey } from './useIdempotencyKey';

/** /coops/:slug/needs/new and /coops/:slug/offers/new: a member posts for their co-op. */
export function PostPostingPage({ what }: { what: 'need' | 'offer' }) {
  return (
    <RequireSignIn>
      <PostPosting what={what} />
    </RequireSignIn>
  );
}

function PostPosting({ what }: { what: 'need' | 'offer' }) {
  const { slug = '' } = useParams();
  // ?title= starts the form off (a follow-up from a meeting: "I need what they do").
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(PostingCoopQuery, { variables: { slug } });
  const [postNeed] = useMutation(PostNeedMutation, { refetchQueries: ['NeedsList'] });
  const [postOffer] = useMutation(PostOfferMutation, { refetchQueries: ['OffersList'] });
  const idempotencyKey = useIdempotencyKey();
  usePageTitle(what === 'need' ? 'Post a need' : 'Post an offer');

  if (loading && !data) return <Loading label="Loading your co-op…" />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const coop = data?.coop;
  if (!coop) return <NotFoundPage what="coop" />;
  if (!coop.viewerRole) {
    return (
      <Alert color="orange" title="Members only" role="alert">
        Only members of {coop.name} can post for it.
      </Alert>
    );
  }

  const category = params.get('category');
  const common = { title: (params.get('title') ?? '').slice(0, 120), description: '', categoryCodes: category && /^[A-Z0-9]{1,5}$/.test(category) ? [category] : [], area: startingArea(coop.place), expiresAt: defaultExpiry() };
  const onCancel = () => void navigate(`/coops/${coop.slug}`);

  return (
    <Stack maw={860}>
      <Title order={1}>{what === 'need' ? 'Who do you want to talk to?' : 'What can you offer other co-ops?'}</Title>
      <Text c="dimmed">
        {what === 'need'
          ? `Post a need for ${coop.name}. The network looks for offers and co-ops that fit, and tells you why each one does.`
          : `Post an offer from ${coop.name}. Co-ops whose open needs it fits are told about it.`}
      </Text>
      {what === 'need' ? (
        <NeedForm
          initialValues={{ ...common, budgetAmount: '', budgetCurrency: 'GBP', preferredCoopType: '' }}
          submitLabel="Post need"
          onCancel={onCancel}
          onSubmit={async (values) => {
            const input = toNeedInput(values);
            const { data: result } = await postNeed({ variables: { coopId: coop.id, input, idempotencyKey: idempotencyKey(input) } });
            const need = result?.postNeed.need;
            if (need) {
              notifications.show({ color: 'teal', message: 'Need posted. Matches appear here as they are found.' });
              void navigate(`/needs/${need.id}`);
              return [];
            }
            return result?.postNeed.errors ?? [{ message: 'The need was not posted. Please try again.' }];
          }}
        />
      ) : (
        <OfferForm
          initialValues={{ ...common, coopTerms: '' }}
          submitLabel="Post offer"
          onCancel={onCancel}
          onSubmit={async (values) => {
            const input = toOfferInput(values);
            const { data: result } = await postOffer({ variables: { coopId: coop.id, input, idempotencyKey: idempotencyKey(input) } });
            const offer = result?.postOffer.offer;
            if (offer) {
              notifications.show({ color: 'teal', message: 'Offer posted.' });
              void navigate(`/offers/${offer.id}`);
              return [];
            }
            return result?.postOffer.errors ?? [{ message: 'The offer was not posted. Please try again.' }];
          }}
        />
      )}
    </Stack>
  );
}
