import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('coops');
  usePageTitle(data?.coop ? t('edit.titleFor', { name: data.coop.name }) : t('edit.title'));

  if (loading && !data) return <Loading label={t('edit.loading')} />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const coop = data?.coop;
  if (!coop) return <NotFoundPage what="coop" />;
  if (!coop.viewerCanEdit) {
    return (
      <Alert color="orange" title={t('edit.forbiddenTitle')} role="alert">
        {t('edit.forbidden', { name: coop.name })}
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
      <Title order={1}>{t('edit.titleFor', { name: coop.name })}</Title>
      <CoopForm
        initialValues={initialValues}
        submitLabel={t('edit.submit')}
        onSubmit={async (values) => {
          const { data: result } = await updateCoop({ variables: { id: coop.id, input: toCoopInput(values) } });
          if (result?.updateCoop.coop) {
            notifications.show({ color: 'teal', message: t('edit.saved') });
            void navigate(`/coops/${coop.slug}`);
            return [];
          }
          return result?.updateCoop.errors ?? [{ message: t('notSaved') }];
        }}
      />
    </Stack>
  );
}
