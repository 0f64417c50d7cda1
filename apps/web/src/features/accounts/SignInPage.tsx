import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, PasswordInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { signInSchema } from '@principle-six/schema';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../../lib/errors';
import { applyServerErrors } from '../../lib/form-errors';
import { usePageTitle } from '../../lib/usePageTitle';
import { AuthForm } from './AuthForm';
import { SignInMutation } from './graphql';
import { useSafeReturnTo } from './useSafeReturnTo';

export function SignInPage() {
  usePageTitle('Sign in');
  const next = useSafeReturnTo();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: zod4Resolver(signInSchema),
  });

  const onSubmit = form.onSubmit(async (values) => {
    setGeneralError(null);
    try {
      const { data } = await signIn({ variables: { input: values } });
      const errors = data?.signIn.errors ?? [];
      if (errors.length) {
        setGeneralError(applyServerErrors(form, errors)[0] ?? null);
        return;
      }
      await client.resetStore();
      void navigate(next);
    } catch (error) {
      setGeneralError(describeError(error));
    }
  });

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
      <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} key={form.key('email')} />
      <PasswordInput label="Password" autoComplete="current-password" required {...form.getInputProps('password')} key={form.key('password')} />
    </AuthForm>
  );
}
