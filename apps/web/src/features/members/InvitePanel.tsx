import { useMutation } from '@apollo/client/react';
import { ActionIcon, Alert, Button, CopyButton, Group, SegmentedControl, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { describeError } from '../../lib/errors';
import { CoopPageQuery } from '../coops/graphql';
import { CreateInvitationMutation } from './graphql';

/** Owners make a single-use link for a colleague; the secret is shown once, here. */
export function InvitePanel({ coopId }: { coopId: string }) {
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
      else setProblem(result?.errors[0]?.message ?? 'The invitation was not created.');
    } catch (error) {
      setProblem(describeError(error));
    }
  };

  return (
    <Stack gap="xs">
      <Text fw={600}>Invite a colleague</Text>
      <Group gap="xs" align="center">
        <SegmentedControl
          aria-label="Role for the invited person"
          value={role}
          onChange={(v) => setRole(v as 'MEMBER' | 'OWNER')}
          data={[
            { value: 'MEMBER', label: 'Member' },
            { value: 'OWNER', label: 'Owner' },
          ]}
        />
        <Button onClick={() => void create()} loading={loading} variant="light">
          Create invitation link
        </Button>
      </Group>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {link && (
        <TextInput
          label="Send this link to your colleague. It works once, for 7 days."
          value={link}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          rightSection={
            <CopyButton value={link}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? 'Copied' : 'Copy'}>
                  <ActionIcon variant="subtle" onClick={copy} aria-label="Copy invitation link">
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
