import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('postings');
  return (
    <Alert color="orange" title={t('edit.cannotTitle')} role="alert">
      {t('edit.cannotBody', { coop: coopName })}
    </Alert>
  );
}

function EditNeed() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(NeedPageQuery, { variables: { id, matches: 1 } });
  const [updateNeed] = useMutation(UpdateNeedMutation);
  const { t } = useTranslation('postings');
  usePageTitle(t('edit.title.need'));

  if (loading && !data) return <Loading label={t('loading.need')} />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const need = data?.need;
  if (!need) return <NotFoundPage what="need" />;
  if (!need.viewerCanEdit || need.status !== 'OPEN') return <CannotEdit coopName={need.coop.name} />;

  return (
    <Stack maw={860}>
      <Title order={1}>{t('edit.title.need')}</Title>
      <NeedForm
        initialValues={needFormValues(need)}
        submitLabel={t('edit.save')}
        onCancel={() => void navigate(`/needs/${need.id}`)}
        onSubmit={async (values) => {
          const { data: result } = await updateNeed({ variables: { id: need.id, input: toNeedInput(values) } });
          if (result?.updateNeed.need) {
            notifications.show({ color: 'teal', message: t('edit.saved.need') });
            void navigate(`/needs/${need.id}`);
            return [];
          }
          return result?.updateNeed.errors ?? [{ message: t('edit.notSaved.need') }];
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
  const { t } = useTranslation('postings');
  usePageTitle(t('edit.title.offer'));

  if (loading && !data) return <Loading label={t('loading.offer')} />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const offer = data?.offer;
  if (!offer) return <NotFoundPage what="offer" />;
  if (!offer.viewerCanEdit || offer.status !== 'OPEN') return <CannotEdit coopName={offer.coop.name} />;

  return (
    <Stack maw={860}>
      <Title order={1}>{t('edit.title.offer')}</Title>
      <OfferForm
        initialValues={offerFormValues(offer)}
        submitLabel={t('edit.save')}
        onCancel={() => void navigate(`/offers/${offer.id}`)}
        onSubmit={async (values) => {
          const { data: result } = await updateOffer({ variables: { id: offer.id, input: toOfferInput(values) } });
          if (result?.updateOffer.offer) {
            notifications.show({ color: 'teal', message: t('edit.saved.offer') });
            void navigate(`/offers/${offer.id}`);
            return [];
          }
          return result?.updateOffer.errors ?? [{ message: t('edit.notSaved.offer') }];
        }}
      />
    </Stack>
  );
}
