import { useMutation } from '@apollo/client/react';
import { Anchor, PasswordInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PASSWORD_MIN_LENGTH, signUpSchema } from '@principle-six/schema';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle';
import { AuthForm } from './AuthForm';
import { SignUpMutation } from './graphql';
import { useAuthSubmit } from './useAuthSubmit';
import { useSafeReturnTo } from './useSafeReturnTo';

export function SignUpPage() {
  usePageTitle('Join');
  const next = useSafeReturnTo();
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { displayName: '', email: '', password: '' },
    validate: zod4Resolver(signUpSchema),
  });
  const { onSubmit, generalError } = useAuthSubmit(
    form,
    async (values) => (await signUp({ variables: { input: values } })).data?.signUp,
    next === '/' ? '/coops/new' : next,
  );

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
