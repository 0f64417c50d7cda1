import { Alert, Button, Group, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { ResendVerificationEmailMutation } from './graphql';
import { useViewer } from './useViewer';

/**
 * Until a person confirms their address, other co-ops' contact details, introductions, invitations
 * and digests wait: say so on every page, with a way to have the link sent again.
 */
export function VerifyEmailBanner() {
  const { viewer } = useViewer();
  const { t } = useTranslation('accounts');
  const [resend, { loading }] = useMutation(ResendVerificationEmailMutation);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  if (!viewer || viewer.user.emailVerified !== false) return null;

  const send = async () => {
    try {
      const { data } = await resend();
      const errors = data?.resendVerificationEmail.errors ?? [];
      setOutcome(
        errors.length
          ? { ok: false, text: errors.map((e) => e.message).join(' ') }
          : { ok: true, text: t('verifyBanner.sent', { email: viewer.user.email }) },
      );
    } catch (error) {
      setOutcome({ ok: false, text: describeError(error) });
    }
  };

  return (
    <Alert color="yellow" mb="md" title={t('verifyBanner.title')} role="status">
      <Text size="sm">{t('verifyBanner.body', { email: viewer.user.email })}</Text>
      <Group mt="xs" gap="sm">
        <Button size="xs" variant="light" color="yellow" loading={loading} onClick={() => void send()}>
          {t('verifyBanner.resend')}
        </Button>
        {outcome && (
          <Text size="sm" c={outcome.ok ? 'teal' : 'red'} role={outcome.ok ? undefined : 'alert'}>
            {outcome.text}
          </Text>
        )}
      </Group>
    </Alert>
  );
}
