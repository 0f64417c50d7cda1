import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, PasswordInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { signInSchema } from '@principle-six/schema';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle';
import { AuthForm } from './AuthForm';
import type { SignInState } from './RequireSignIn';
import { SignInMutation } from './graphql';
import { useAuthSubmit } from './useAuthSubmit';
import { useSafeReturnTo } from './useSafeReturnTo';

export function SignInPage() {
  usePageTitle('Sign in');
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
      title="Sign in"
      submitLabel="Sign in"
      submitting={loading}
      generalError={generalError}
      onSubmit={onSubmit}
      footer={
        <Text size="sm">
          New here?{' '}
          <Anchor component={Link} to={`/sign-up${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`}>
            Create an account
          </Anchor>
        </Text>
      }
    >
      {reason && (
        <Alert color="blue" variant="light" role="status">
          {reason}
        </Alert>
      )}
      <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} key={form.key('email')} />
      <PasswordInput label="Password" autoComplete="current-password" required {...form.getInputProps('password')} key={form.key('password')} />
    </AuthForm>
  );
}
