import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { CouncilForm } from './CouncilForm';
import { CouncilQuery, UpdateCouncilMutation } from './graphql';

/** /councils/:slug/edit: organisers change the council's page. */
export function EditCouncilPage() {
  const { t } = useTranslation('councils');
  return (
    <RequireSignIn reason={t('edit.signIn')}>
      <EditCouncil />
    </RequireSignIn>
  );
}

function EditCouncil() {
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const { t } = useTranslation('councils');
  usePageTitle(t('edit.pageTitle'));
  const { data, loading, error, refetch } = useQuery(CouncilQuery, { variables: { slug } });
  const [update] = useMutation(UpdateCouncilMutation, { refetchQueries: [CouncilQuery] });
  if (loading && !data) return <Loading label={t('loadingCouncil')} />;
  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  const council = data?.council;
  if (!council) return <NotFoundPage what="council" />;
  if (!council.viewerIsOrganiser) {
    return (
      <Alert color="orange" role="alert">
        {t('edit.organisersOnly', { name: council.name })}
      </Alert>
    );
  }
  return (
    <Stack maw={760} px={{ base: 'xs', sm: 0 }}>
      <Title order={1}>{t('edit.title', { name: council.name })}</Title>
      <CouncilForm
        initialValues={{ name: council.name, description: council.description, area: council.area ?? '', website: council.website ?? '', timeZone: council.timeZone }}
        submitLabel={t('edit.submit')}
        onCancel={() => void navigate(`/councils/${council.slug}`)}
        onSubmit={async (input) => {
          const { data: result } = await update({ variables: { id: council.id, input } });
          if (result?.updateCouncil.council) {
            notifications.show({ color: 'teal', message: t('edit.saved') });
            void navigate(`/councils/${council.slug}`);
            return [];
          }
          return result?.updateCouncil.errors ?? [{ message: t('edit.notSaved') }];
        }}
      />
    </Stack>
  );
}
