import { useMutation } from '@apollo/client/react';
import { Alert, Button, Loader, Paper, Stack, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeError } from '../../lib/errors';
import { usePageTitle } from '../../lib/usePageTitle';
import { ViewerQuery } from '../accounts/graphql';
import { RequireSignIn } from '../accounts/RequireSignIn';
import { ConfirmClaimEmailMutation } from './graphql';

type State = { kind: 'checking' } | { kind: 'proven'; slug: string; name: string } | { kind: 'refused'; message: string };

/** Where the link mailed for a claim leads: signed in as the claimant, it proves the claim. */
export function ConfirmClaimEmailPage() {
  const { t } = useTranslation('claims');
  return (
    <RequireSignIn reason={t('confirmEmail.signInReason')}>
      <Confirm />
    </RequireSignIn>
  );
}

function Confirm() {
  const { t } = useTranslation('claims');
  usePageTitle(t('confirmEmail.title'));
  const { token = '' } = useParams();
  const [confirm] = useMutation(ConfirmClaimEmailMutation, { refetchQueries: [ViewerQuery] });
  const [state, setState] = useState<State>({ kind: 'checking' });
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    confirm({ variables: { token } })
      .then(({ data }) => {
        const claim = data?.confirmClaimEmail.claim;
        setState(claim ? { kind: 'proven', slug: claim.coop.slug, name: claim.coop.name } : { kind: 'refused', message: data?.confirmClaimEmail.errors.map((e) => e.message).join(' ') ?? '' });
      })
      .catch((error: unknown) => setState({ kind: 'refused', message: describeError(error) }));
  }, [token, confirm]);

  return (
    <Paper maw={520} mx="auto" my="xl" p="lg" withBorder>
      <Stack>
        <Title order={1} size="h2">
          {t('confirmEmail.title')}
        </Title>
        {state.kind === 'checking' && <Loader aria-label={t('confirmEmail.confirming')} />}
        {state.kind === 'proven' && (
          <Alert color="teal" role="status" title={t('confirmEmail.proven', { name: state.name })}>
            <Button component={Link} to={`/coops/${state.slug}/edit`} mt="xs">
              {t('confirmEmail.writePitch')}
            </Button>
          </Alert>
        )}
        {state.kind === 'refused' && (
          <Alert color="red" role="alert" title={t('confirmEmail.refusedTitle')}>
            {state.message}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
