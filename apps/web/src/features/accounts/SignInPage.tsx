import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, PasswordInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { signInSchema } from '@principle-six/schema';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle';
import { AuthForm } from './AuthForm';
import type { SignInState } from './RequireSignIn';
import { SignInMutation } from './graphql';
import { useAuthSubmit } from './useAuthSubmit';
import { useSafeReturnTo } from './useSafeReturnTo';

export function SignInPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('signIn.title'));
  const next = useSafeReturnTo();
  // Why a page sent the person here (RequireSignIn's reason), when it said.
  const reason = (useLocation().state as SignInState | null)?.reason;
  const [signIn, { loading }] = useMutation(SignInMutation);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: zod4Resolver(signInSchema),
  });
  const { onSubmit, generalError } = useAuthSubmit(
    form,
    async (values) => (await signIn({ variables: { input: values } })).data?.signIn,
    next,
  );

  return (
    <AuthForm
      title={t('signIn.title')}
      submitLabel={t('signIn.submit')}
      submitting={loading}
      generalError={generalError}
      onSubmit={onSubmit}
      footer={
        <Text size="sm">
          <Trans
            t={t}
            i18nKey="signIn.newHere"
            components={{ anchor: <Anchor component={Link} to={`/sign-up${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`} /> }}
          />
        </Text>
      }
    >
      {reason && (
        <Alert color="blue" variant="light" role="status">
          {reason}
        </Alert>
      )}
      <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} key={form.key('email')} />
      <PasswordInput label={t('fields.password')} autoComplete="current-password" required {...form.getInputProps('password')} key={form.key('password')} />
    </AuthForm>
  );
}
