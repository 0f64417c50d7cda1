import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Divider, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { CoopPageQuery as CoopPageQueryType } from '../../gql/graphql';
import { useFormat } from '../../i18n/useFormat';
import { describeError } from '../../lib/errors';
import { useViewer } from '../accounts/useViewer';
import { CoopPageQuery } from '../coops/graphql';
import { ChangeMemberRoleMutation, RemoveMemberMutation, RevokeInvitationMutation } from './graphql';
import { InvitePanel } from './InvitePanel';

type Coop = NonNullable<CoopPageQueryType['coop']>;

const EXPIRES: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

/** What a co-op's own members see: notes, who belongs, and for owners the tools to manage them. */
export function MembersPanel({ coop }: { coop: Coop }) {
  const { t } = useTranslation('members');
  const { formatDate } = useFormat();
  const { viewer } = useViewer();
  const refetch = { refetchQueries: [CoopPageQuery] };
  const [changeRole] = useMutation(ChangeMemberRoleMutation, refetch);
  const [removeMember] = useMutation(RemoveMemberMutation, refetch);
  const [revokeInvitation] = useMutation(RevokeInvitationMutation, refetch);
  const isOwner = coop.viewerRole === 'OWNER';

  const run = async (action: () => Promise<readonly { message: string }[] | undefined>, done: string) => {
    try {
      const errors = (await action()) ?? [];
      notifications.show(errors.length ? { color: 'red', message: errors[0]!.message } : { color: 'teal', message: done });
    } catch (error) {
      notifications.show({ color: 'red', message: describeError(error) });
    }
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="members-heading">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3" id="members-heading">
            {t('panel.title')}
          </Title>
          <Badge variant="light">{coop.viewerRole === 'OWNER' ? t('panel.youAreOwner') : t('panel.youAreMember')}</Badge>
        </Group>
        <div>
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            {t('panel.notes')}
          </Text>
          <Text style={{ whiteSpace: 'pre-line' }}>{coop.memberNotes || t('panel.noNotes')}</Text>
        </div>
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs" aria-label={t('panel.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('panel.column.name')}</Table.Th>
                <Table.Th>{t('panel.column.email')}</Table.Th>
                <Table.Th>{t('panel.column.role')}</Table.Th>
                {isOwner && <Table.Th>{t('panel.column.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {coop.members?.map((m) => (
                <Table.Tr key={m.user.id}>
                  <Table.Td>{m.user.displayName}</Table.Td>
                  <Table.Td>{m.user.email}</Table.Td>
                  <Table.Td>{t(`role.${m.role}`)}</Table.Td>
                  {isOwner && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() =>
                            void run(
                              async () =>
                                (await changeRole({ variables: { input: { coopId: coop.id, userId: m.user.id, role: m.role === 'OWNER' ? 'MEMBER' : 'OWNER' } } })).data?.changeMemberRole.errors,
                              t('panel.roleChanged'),
                            )
                          }
                        >
                          {m.role === 'OWNER' ? t('panel.makeMember') : t('panel.makeOwner')}
                        </Button>
                        {m.user.id !== viewer?.user.id && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            onClick={() =>
                              void run(
                                async () => (await removeMember({ variables: { input: { coopId: coop.id, userId: m.user.id } } })).data?.removeMember.errors,
                                t('panel.removed', { name: m.user.displayName }),
                              )
                            }
                          >
                            {t('panel.remove')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {isOwner && (
          <>
            <Divider />
            <InvitePanel coopId={coop.id} />
            {coop.openInvitations && coop.openInvitations.length > 0 && (
              <Stack gap={4}>
                <Text fw={600}>{t('panel.openInvitations')}</Text>
                {coop.openInvitations.map((inv) => (
                  <Group key={inv.id} justify="space-between">
                    <Text size="sm">{t(`panel.invitation.${inv.role}`, { name: inv.createdBy.displayName, date: formatDate(inv.expiresAt, EXPIRES) })}</Text>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() =>
                        void run(async () => (await revokeInvitation({ variables: { id: inv.id } })).data?.revokeInvitation.errors, t('panel.withdrawn'))
                      }
                    >
                      {t('panel.withdraw')}
                    </Button>
                  </Group>
                ))}
              </Stack>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
