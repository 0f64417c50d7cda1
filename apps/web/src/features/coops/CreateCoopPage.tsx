import { useMutation } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle';
import { ViewerQuery } from '../accounts/graphql';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { CoopForm, EMPTY_COOP_FORM } from './CoopForm';
import { CreateCoopMutation } from './graphql';
import { toCoopInput } from './to-coop-input';

export function CreateCoopPage() {
  const { t } = useTranslation('coops');
  usePageTitle(t('create.title'));
  const navigate = useNavigate();
  const [createCoop] = useMutation(CreateCoopMutation, { refetchQueries: [ViewerQuery] });

  return (
    <RequireSignIn>
      <Stack maw={860}>
        <div>
          <Title order={1}>{t('create.title')}</Title>
          <Text c="dimmed">{t('create.lead')}</Text>
        </div>
        <CoopForm
          initialValues={EMPTY_COOP_FORM}
          submitLabel={t('create.submit')}
          onSubmit={async (values) => {
            const { data } = await createCoop({ variables: { input: toCoopInput(values) } });
            const result = data?.createCoop;
            if (result?.coop) {
              notifications.show({ color: 'teal', message: t('create.created', { name: result.coop.name }) });
              void navigate(`/coops/${result.coop.slug}`);
              return [];
            }
            return result?.errors ?? [{ message: t('notSaved') }];
          }}
        />
      </Stack>
    </RequireSignIn>
  );
}
