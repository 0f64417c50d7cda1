import { useMutation } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { CouncilForm, EMPTY_COUNCIL } from './CouncilForm';
import { CreateCouncilMutation } from './graphql';

/** /councils/new: anyone with a confirmed address starts a council and becomes its organiser. */
export function CreateCouncilPage() {
  const { t } = useTranslation('councils');
  usePageTitle(t('create.title'));
  const navigate = useNavigate();
  const [create] = useMutation(CreateCouncilMutation, { refetchQueries: ['Councils'] });
  return (
    <RequireSignIn reason={t('create.signIn')}>
      <Stack maw={760} px={{ base: 'xs', sm: 0 }}>
        <Title order={1}>{t('create.title')}</Title>
        <Text c="dimmed">{t('create.intro')}</Text>
        <CouncilForm
          initialValues={EMPTY_COUNCIL}
          submitLabel={t('create.submit')}
          onCancel={() => void navigate('/councils')}
          onSubmit={async (input) => {
            const { data } = await create({ variables: { input } });
            const council = data?.createCouncil.council;
            if (council) {
              notifications.show({ color: 'teal', message: t('create.started', { name: council.name }) });
              void navigate(`/councils/${council.slug}?tab=members`);
              return [];
            }
            return data?.createCouncil.errors ?? [{ message: t('create.notSaved') }];
          }}
        />
      </Stack>
    </RequireSignIn>
  );
}
