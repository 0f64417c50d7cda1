import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, PasswordInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PASSWORD_MIN_LENGTH, signUpSchema } from '@principle-six/schema';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../../lib/errors';
import { applyServerErrors } from '../../lib/form-errors';
import { usePageTitle } from '../../lib/usePageTitle';
import { AuthForm } from './AuthForm';
import { SignUpMutation } from './graphql';
import { useSafeReturnTo } from './useSafeReturnTo';

export function SignUpPage() {
  usePageTitle('Join');
  const next = useSafeReturnTo();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { displayName: '', email: '', password: '' },
    validate: zod4Resolver(signUpSchema),
  });

  const onSubmit = form.onSubmit(async (values) => {
    setGeneralError(null);
    try {
      const { data } = await signUp({ variables: { input: values } });
      const errors = data?.signUp.errors ?? [];
      if (errors.length) {
        setGeneralError(applyServerErrors(form, errors)[0] ?? null);
        return;
      }
      await client.resetStore();
      void navigate(next === '/' ? '/coops/new' : next);
    } catch (error) {
      setGeneralError(describeError(error));
    }
  });

  return (
    <AuthForm
      title="Join Principle Six"
      submitLabel="Create account"
      submitting={loading}
      generalError={generalError}
      onSubmit={onSubmit}
      footer={
        <Text size="sm">
          Already a member?{' '}
          <Anchor component={Link} to={`/sign-in${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`}>
            Sign in
          </Anchor>
        </Text>
      }
    >
      <TextInput label="Your name" autoComplete="name" required {...form.getInputProps('displayName')} key={form.key('displayName')} />
      <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} key={form.key('email')} />
      <PasswordInput
        label="Password"
        description={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        autoComplete="new-password"
        required
        {...form.getInputProps('password')}
        key={form.key('password')}
      />
    </AuthForm>
  );
}
