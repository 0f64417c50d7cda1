import { useMutation } from '@apollo/client/react';
import { ActionIcon, Alert, Button, CopyButton, Group, SegmentedControl, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { CoopPageQuery } from '../coops/graphql';
import { CreateInvitationMutation } from './graphql';

/** Owners make a single-use link for a colleague; the secret is shown once, here. */
export function InvitePanel({ coopId }: { coopId: string }) {
  const { t } = useTranslation('members');
  const [role, setRole] = useState<'MEMBER' | 'OWNER'>('MEMBER');
  const [link, setLink] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [createInvitation, { loading }] = useMutation(CreateInvitationMutation, {
    refetchQueries: [CoopPageQuery],
  });

  const create = async () => {
    setProblem(null);
    try {
      const { data } = await createInvitation({ variables: { input: { coopId, role } } });
      const result = data?.createInvitation;
      if (result?.token) setLink(`${window.location.origin}/invitations/${result.token}`);
      else setProblem(result?.errors[0]?.message ?? t('invite.notCreated'));
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  return (
    <Stack gap="xs">
      <Text fw={600}>{t('invite.title')}</Text>
      <Group gap="xs" align="center">
        <SegmentedControl
          aria-label={t('invite.roleLabel')}
          value={role}
          onChange={(v) => setRole(v as 'MEMBER' | 'OWNER')}
          data={[
            { value: 'MEMBER', label: t('role.MEMBER') },
            { value: 'OWNER', label: t('role.OWNER') },
          ]}
        />
        <Button onClick={() => void create()} loading={loading} variant="light">
          {t('invite.create')}
        </Button>
      </Group>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {link && (
        <TextInput
          label={t('invite.linkLabel')}
          value={link}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          rightSection={
            <CopyButton value={link}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('invite.copied') : t('invite.copy')}>
                  <ActionIcon variant="subtle" onClick={copy} aria-label={t('invite.copyLabel')}>
                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          }
        />
      )}
    </Stack>
  );
}
