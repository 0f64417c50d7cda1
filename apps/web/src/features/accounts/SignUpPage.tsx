import { useMutation } from '@apollo/client/react';
import { Anchor, PasswordInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PASSWORD_MIN_LENGTH, signUpSchema } from '@principle-six/schema';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/usePageTitle';
import { AuthForm } from './AuthForm';
import { SignUpMutation } from './graphql';
import { useAuthSubmit } from './useAuthSubmit';
import { useSafeReturnTo } from './useSafeReturnTo';

export function SignUpPage() {
  const { t } = useTranslation('accounts');
  usePageTitle(t('signUp.pageTitle'));
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
      title={t('signUp.title')}
      submitLabel={t('signUp.submit')}
      submitting={loading}
      generalError={generalError}
      onSubmit={onSubmit}
      footer={
        <Text size="sm">
          <Trans
            t={t}
            i18nKey="signUp.alreadyMember"
            components={{ anchor: <Anchor component={Link} to={`/sign-in${next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`} /> }}
          />
        </Text>
      }
    >
      <TextInput label={t('fields.displayName')} autoComplete="name" required {...form.getInputProps('displayName')} key={form.key('displayName')} />
      <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} key={form.key('email')} />
      <PasswordInput
        label={t('fields.password')}
        description={t('fields.passwordHint', { count: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        required
        {...form.getInputProps('password')}
        key={form.key('password')}
      />
    </AuthForm>
  );
}
