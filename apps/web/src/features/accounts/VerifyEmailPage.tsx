import { Alert, Anchor, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeError } from '../../lib/errors';
import { usePageTitle } from '../../lib/usePageTitle';
import { VerifyEmailMutation, ViewerQuery } from './graphql';

type State = { kind: 'checking' } | { kind: 'confirmed' } | { kind: 'refused'; message: string };

/** Where the link in the confirmation mail leads: it confirms the address as the page opens. */
export function VerifyEmailPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('verifyPage.title'));
  const { token = '' } = useParams();
  const [verify] = useMutation(VerifyEmailMutation, { refetchQueries: [ViewerQuery] });
  const [state, setState] = useState<State>({ kind: 'checking' });
  const sent = useRef(false);

  useEffect(() => {
    // Once, even when React runs effects twice in development.
    if (sent.current) return;
    sent.current = true;
    verify({ variables: { token } })
      .then(({ data }) => {
        const errors = data?.verifyEmail.errors ?? [];
        setState(errors.length ? { kind: 'refused', message: errors.map((e) => e.message).join(' ') } : { kind: 'confirmed' });
      })
      .catch((error: unknown) => setState({ kind: 'refused', message: describeError(error) }));
  }, [token, verify]);

  return (
    <Paper maw={480} mx="auto" my="xl" p="lg" withBorder>
      <Stack>
        <Title order={1} size="h2">
          {t('verifyPage.title')}
        </Title>
        {state.kind === 'checking' && (
          <Stack align="center" aria-busy="true">
            <Loader aria-label={t('verifyPage.confirming')} />
          </Stack>
        )}
        {state.kind === 'confirmed' && (
          <Alert color="teal" role="status" title={t('verifyPage.confirmedTitle')}>
            <Text size="sm">
              <Trans t={t} i18nKey="verifyPage.confirmedBody" components={{ anchor: <Anchor component={Link} to="/for-you" /> }} />
            </Text>
          </Alert>
        )}
        {state.kind === 'refused' && (
          <Alert color="red" role="alert" title={t('verifyPage.refusedTitle')}>
            {state.message}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
