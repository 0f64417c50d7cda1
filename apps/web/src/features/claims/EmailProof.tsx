import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ClaimFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { describeError } from '../../lib/errors';
import { SendClaimEmailMutation } from './graphql';

/** Proof 1: a link mailed to an address at the co-op's website domain. */
export function EmailProof({ claim }: { claim: ClaimFieldsFragment }) {
  const { t } = useTranslation('claims');
  const { formatDayAndTime } = useFormat();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [send, { loading }] = useMutation(SendClaimEmailMutation);

  if (!claim.emailDomain) {
    return <Text size="sm">{t('emailProof.noDomain')}</Text>;
  }
  const onSend = async (event: React.FormEvent) => {
    event.preventDefault();
    setFieldError(null);
    setGeneralError(null);
    try {
      const { data } = await send({ variables: { input: { claimId: claim.id, email } } });
      const problem = data?.sendClaimEmail.errors[0];
      if (problem?.field === 'email') setFieldError(problem.message);
      else if (problem) setGeneralError(problem.message);
    } catch (error) {
      setGeneralError(describeError(error));
    }
  };
  return (
    <form onSubmit={(e) => void onSend(e)} noValidate>
      <Stack gap="xs">
        <Text size="sm">
          <Trans t={t} i18nKey="emailProof.intro" values={{ domain: claim.emailDomain }} components={{ strong: <strong /> }} />
        </Text>
        {claim.emailSentTo && claim.emailExpiresAt && (
          <Alert color="blue" role="status">
            {t('emailProof.sent', { email: claim.emailSentTo, until: formatDayAndTime(claim.emailExpiresAt) })}
          </Alert>
        )}
        <Group align="flex-start" gap="xs" wrap="wrap">
          <TextInput
            label={t('emailProof.label')}
            placeholder={t('emailProof.placeholder', { domain: claim.emailDomain })}
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldError}
            style={{ flex: '1 1 240px' }}
          />
          <Button type="submit" loading={loading} mt={25}>
            {claim.emailSentTo ? t('emailProof.sendAnother') : t('emailProof.send')}
          </Button>
        </Group>
        {generalError && (
          <Alert color="red" role="alert">
            {generalError}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
