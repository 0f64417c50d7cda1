import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('postings');
  usePageTitle(t(`post.pageTitle.${what}`));

  if (loading && !data) return <Loading label={t('post.loading')} />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const coop = data?.coop;
  if (!coop) return <NotFoundPage what="coop" />;
  if (!coop.viewerRole) {
    return (
      <Alert color="orange" title={t('post.membersOnly')} role="alert">
        {t('post.membersOnlyBody', { coop: coop.name })}
      </Alert>
    );
  }

  const category = params.get('category');
  const common = { title: (params.get('title') ?? '').slice(0, 120), description: '', categoryCodes: category && /^[A-Z0-9]{1,5}$/.test(category) ? [category] : [], area: startingArea(coop.place), expiresAt: defaultExpiry() };
  const onCancel = () => void navigate(`/coops/${coop.slug}`);

  return (
    <Stack maw={860}>
      <Title order={1}>{t(`post.heading.${what}`)}</Title>
      <Text c="dimmed">{t(`post.intro.${what}`, { coop: coop.name })}</Text>
      {what === 'need' ? (
        <NeedForm
          initialValues={{ ...common, budgetAmount: '', budgetCurrency: 'GBP', preferredCoopType: '' }}
          submitLabel={t('post.submit.need')}
          onCancel={onCancel}
          onSubmit={async (values) => {
            const input = toNeedInput(values);
            const { data: result } = await postNeed({ variables: { coopId: coop.id, input, idempotencyKey: idempotencyKey(input) } });
            const need = result?.postNeed.need;
            if (need) {
              notifications.show({ color: 'teal', message: t('post.posted.need') });
              void navigate(`/needs/${need.id}`);
              return [];
            }
            return result?.postNeed.errors ?? [{ message: t('post.notPosted.need') }];
          }}
        />
      ) : (
        <OfferForm
          initialValues={{ ...common, coopTerms: '' }}
          submitLabel={t('post.submit.offer')}
          onCancel={onCancel}
          onSubmit={async (values) => {
            const input = toOfferInput(values);
            const { data: result } = await postOffer({ variables: { coopId: coop.id, input, idempotencyKey: idempotencyKey(input) } });
            const offer = result?.postOffer.offer;
            if (offer) {
              notifications.show({ color: 'teal', message: t('post.posted.offer') });
              void navigate(`/offers/${offer.id}`);
              return [];
            }
            return result?.postOffer.errors ?? [{ message: t('post.notPosted.offer') }];
          }}
        />
      )}
    </Stack>
  );
}
