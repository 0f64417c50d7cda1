import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { describeError } from '../../lib/errors';
import { Loading, LoadError } from '../../lib/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { ViewerQuery } from '../accounts/graphql';
import { useViewer } from '../accounts/useViewer';
import { AcceptInvitationMutation, InvitationQuery } from './graphql';

export function AcceptInvitationPage() {
  const { t } = useTranslation('members');
  usePageTitle(t('accept.pageTitle'));
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, loading, error, refetch } = useQuery(InvitationQuery, { variables: { token } });
  const [accept, { loading: accepting }] = useMutation(AcceptInvitationMutation, { refetchQueries: [ViewerQuery] });
  const [problem, setProblem] = useState<string | null>(null);

  if ((loading && !data) || viewerLoading) return <Loading label={t('accept.loading')} />;
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const invitation = data?.invitation;
  if (!invitation) {
    return (
      <Alert color="red" title={t('accept.invalidTitle')} role="alert" my="xl">
        {t('accept.invalidBody')}
      </Alert>
    );
  }

  const here = `/invitations/${token}`;
  const onAccept = async () => {
    setProblem(null);
    try {
      const { data: result } = await accept({ variables: { token } });
      const membership = result?.acceptInvitation.membership;
      if (membership) void navigate(`/coops/${membership.coop.slug}`);
      else setProblem(result?.acceptInvitation.errors[0]?.message ?? t('accept.couldNotJoin'));
    } catch (e) {
      setProblem(describeError(e));
    }
  };

  return (
    <Paper maw={520} mx="auto" my="xl" p="lg" withBorder>
      <Stack>
        <Title order={1} size="h2">
          {t('accept.title', { coop: invitation.coop.name })}
        </Title>
        <Text>{t(`accept.invitedAs.${invitation.role}`, { coop: invitation.coop.name, place: invitation.coop.place.name })}</Text>
        {invitation.status !== 'OPEN' && (
          <Alert color="orange" role="alert">
            {t(`accept.status.${invitation.status}`)}
          </Alert>
        )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {invitation.status === 'OPEN' &&
          (viewer ? (
            <Button onClick={() => void onAccept()} loading={accepting}>
              {t('accept.join', { coop: invitation.coop.name })}
            </Button>
          ) : (
            <Group>
              <Button component={Link} to={`/sign-up?next=${encodeURIComponent(here)}`}>
                {t('accept.createAccount')}
              </Button>
              <Button component={Link} to={`/sign-in?next=${encodeURIComponent(here)}`} variant="light">
                {t('accept.signIn')}
              </Button>
            </Group>
          ))}
      </Stack>
    </Paper>
  );
}
